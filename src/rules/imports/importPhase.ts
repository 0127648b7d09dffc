import { IMPORT_STATUS, type ImportStatus } from './importOptions'

/**
 * CARGA-01: what a load is doing now, in words, for the stretches where its figures do not move —
 * waiting for the job runner (it picks loads up within the minute), reading the file before any row
 * is counted, and writing to the database once every row is checked (tens of seconds for 100 000
 * policies). Null once it has ended: its result says the rest.
 */
export const importPhaseText = (load: { status: ImportStatus; rowsTotal?: number | null; rowsDone?: number | null }): string | null => {
  if (load.status === IMPORT_STATUS.queued) return 'En espera: el servidor toma las cargas en cola en menos de un minuto.'
  if (load.status !== IMPORT_STATUS.running) return null
  const total = load.rowsTotal ?? 0
  if (total === 0) return 'Leyendo el archivo…'
  if ((load.rowsDone ?? 0) < total) return 'Revisando las filas con las reglas de la cartera…'
  return 'Filas revisadas. Guardando en la base de datos; en archivos grandes tarda unos minutos…'
}
