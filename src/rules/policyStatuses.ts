/** R-CAR-04: where a policy stands, and how far it is paid. Values are stored and part of the API. */
export const POLICY_STATUS = { inForce: 'VIGENTE', cancelled: 'CANCELADA', notRenewed: 'NO_RENOVADA' } as const

export const POLICY_STATUSES = [
  { label: 'Vigente', value: POLICY_STATUS.inForce },
  { label: 'Cancelada', value: POLICY_STATUS.cancelled },
  { label: 'No renovada', value: POLICY_STATUS.notRenewed },
] as const

/** Derived from the certificates (R-CAR-04). */
export const POLICY_PAYMENT_STATUS = { pending: 'PENDIENTE', partial: 'PARCIAL', paid: 'PAGADA' } as const

export type PolicyPaymentStatus = (typeof POLICY_PAYMENT_STATUS)[keyof typeof POLICY_PAYMENT_STATUS]

export const POLICY_PAYMENT_STATUSES = [
  { label: 'Pendiente', value: POLICY_PAYMENT_STATUS.pending },
  { label: 'Pago parcial', value: POLICY_PAYMENT_STATUS.partial },
  { label: 'Pagada', value: POLICY_PAYMENT_STATUS.paid },
] as const
