/** R-LEG-01…05: how a legalization is built and where it stands. Values are stored and part of the API. */
export const LEGALIZATION_FLOW = { automatic: 'AUTOMATICO', manual: 'MANUAL' } as const

export const LEGALIZATION_FLOWS = [
  { label: 'Automático (pólizas de la cartera)', value: LEGALIZATION_FLOW.automatic },
  { label: 'Manual (póliza cancelada)', value: LEGALIZATION_FLOW.manual },
] as const

/** R-LEG-05: a draft is confirmed once and never changes afterwards. */
export const LEGALIZATION_STATUS = { draft: 'BORRADOR', confirmed: 'CONFIRMADA' } as const

export const LEGALIZATION_STATUSES = [
  { label: 'En preparación', value: LEGALIZATION_STATUS.draft },
  { label: 'Confirmada', value: LEGALIZATION_STATUS.confirmed },
] as const
