import { closedList } from './options'

/** R-CAR-04: where a policy stands. Values are stored and part of the API. */
export const { values: POLICY_STATUS, options: POLICY_STATUSES } = closedList({
  inForce: ['VIGENTE', 'Vigente'],
  cancelled: ['CANCELADA', 'Cancelada'],
  notRenewed: ['NO_RENOVADA', 'No renovada'],
})

/** R-CAR-04: how far a policy is paid, derived from its certificates. */
export const { values: POLICY_PAYMENT_STATUS, options: POLICY_PAYMENT_STATUSES } = closedList({
  pending: ['PENDIENTE', 'Pendiente'],
  partial: ['PARCIAL', 'Pago parcial'],
  paid: ['PAGADA', 'Pagada'],
})

export type PolicyPaymentStatus = (typeof POLICY_PAYMENT_STATUSES)[number]['value']
