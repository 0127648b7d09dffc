/** R-COB-09: the insolvency proceedings a debtor may be in; in any of them, collection stops. */
export const NO_INSOLVENCY = 'NINGUNO'

export const INSOLVENCY_STATUSES = [
  { label: 'Ninguno', value: NO_INSOLVENCY },
  { label: 'Reestructuración (Ley 550 de 1999)', value: 'REESTRUCTURACION' },
  { label: 'Reorganización (Ley 1116 de 2006)', value: 'REORGANIZACION' },
  { label: 'Liquidación (Ley 1116 de 2006)', value: 'LIQUIDACION' },
] as const

/** R-COB-09: a debtor with any insolvency proceeding recorded is insolvent. */
export const isInsolvent = (status: string | null | undefined): boolean => Boolean(status && status !== NO_INSOLVENCY)
