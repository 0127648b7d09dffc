import { closedList } from '../options'

/** Issue 13 item 1: what a core-system file carries (docs/import.md gives each kind's columns). */
export const { values: IMPORT_KIND, options: IMPORT_KINDS } = closedList({
  parties: ['TERCEROS', 'Terceros'],
  policies: ['POLIZAS', 'Pólizas con certificados'],
  payments: ['PAGOS', 'Pagos (recibos del sistema central)'],
})

export type ImportKind = (typeof IMPORT_KINDS)[number]['value']

/** All-or-nothing loads nothing when a row is bad; valid rows loads the good ones and reports the rest. */
export const { values: IMPORT_MODE, options: IMPORT_MODES } = closedList({
  allOrNothing: ['TODO_O_NADA', 'Todo o nada'],
  validRows: ['FILAS_VALIDAS', 'Solo las filas válidas'],
})

export type ImportMode = (typeof IMPORT_MODES)[number]['value']

export const { values: IMPORT_STATUS, options: IMPORT_STATUSES } = closedList({
  queued: ['EN_COLA', 'En cola'],
  running: ['EN_PROCESO', 'En proceso'],
  loaded: ['CARGADA', 'Cargada'],
  loadedWithErrors: ['CARGADA_CON_ERRORES', 'Cargada con filas rechazadas'],
  rejected: ['RECHAZADA', 'Rechazada (nada cargado)'],
  skipped: ['OMITIDA', 'Omitida (archivo ya cargado)'],
  cancelled: ['CANCELADA', 'Cancelada (nada cargado)'],
  failed: ['FALLIDA', 'Fallida'],
})

export type ImportStatus = (typeof IMPORT_STATUSES)[number]['value']

/** A load is over in these statuses: the progress view stops refreshing and cancel is gone. */
export const FINISHED_IMPORT_STATUSES: readonly ImportStatus[] = [
  IMPORT_STATUS.loaded,
  IMPORT_STATUS.loadedWithErrors,
  IMPORT_STATUS.rejected,
  IMPORT_STATUS.skipped,
  IMPORT_STATUS.cancelled,
  IMPORT_STATUS.failed,
]

/** One bad cell of a file: its line (header = 1), the column's header and the reason, in Spanish with the rule ID. */
export type RowError = { line: number; column: string; reason: string }
