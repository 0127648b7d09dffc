import { closedList } from '@/rules/options'

/** A monthly assignment batch (seed 001 §7.2.1 item 6): proposed by the batch, confirmed by the collections manager. */
export const { values: BATCH_STATUS, options: BATCH_STATUSES } = closedList({
  proposed: ['PROPUESTA', 'Propuesta (en revisión)'],
  confirmed: ['CONFIRMADA', 'Confirmada'],
})

export type BatchStatus = (typeof BATCH_STATUSES)[number]['value']

/** Where an assignment of the trail came from. */
export const { values: ASSIGNMENT_SOURCE, options: ASSIGNMENT_SOURCES } = closedList({
  batch: ['LOTE_MENSUAL', 'Lote mensual de asignación'],
})

/** A period of a batch or a report: YYYY-MM. */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/
