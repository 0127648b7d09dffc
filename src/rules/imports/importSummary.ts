/** What a load did to one table. */
export type TableCounts = { inserted: number; updated: number; unchanged: number; deleted?: number }

/** A count as a person in Colombia reads it: 100.000. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')

/**
 * CARGA-01: the one-line result of a load, per table in the file's order, with the rows refused —
 * the same figures the progress section's tables show (certificates replaced by the load included).
 */
export const importSummary = (counts: Record<string, TableCounts>, headingOf: (table: string) => string, rowsRefused: number): string => {
  const tables = Object.entries(counts).map(([table, c]) => {
    const deleted = c.deleted ? `, ${count(c.deleted)} eliminados` : ''
    return `${headingOf(table)}: ${count(c.inserted)} creados, ${count(c.updated)} actualizados, ${count(c.unchanged)} sin cambios${deleted}`
  })
  const refused = rowsRefused > 0 ? ` ${count(rowsRefused)} ${rowsRefused === 1 ? 'fila rechazada' : 'filas rechazadas'}.` : ''
  return `${tables.join('; ')}.${refused}`
}
