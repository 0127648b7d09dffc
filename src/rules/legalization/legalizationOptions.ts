import { closedList } from '@/rules/options'

/** R-LEG-01…05: how a legalization is built. Values are stored and part of the API. */
export const { values: LEGALIZATION_FLOW, options: LEGALIZATION_FLOWS } = closedList({
  automatic: ['AUTOMATICO', 'Automático (pólizas de la cartera)'],
  manual: ['MANUAL', 'Manual (póliza cancelada)'],
})

/** R-LEG-05: a draft is confirmed once and never changes afterwards. */
export const { values: LEGALIZATION_STATUS, options: LEGALIZATION_STATUSES } = closedList({
  draft: ['BORRADOR', 'En preparación'],
  confirmed: ['CONFIRMADA', 'Confirmada'],
})
