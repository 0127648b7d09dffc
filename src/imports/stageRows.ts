import type { PoolClient } from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** A value in COPY's text format: \N for null, backslash, tab and line breaks escaped. */
const copyText = (value: string | number | boolean | null | undefined): string =>
  value === null || value === undefined
    ? '\\N'
    : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')

/**
 * COPY rows into a table (pg-copy-streams, text format), in chunks of lines so a 100k-row file
 * never builds one huge string. `columns` are quoted identifiers of the table.
 */
export const copyRows = async (
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly (string | number | boolean | null | undefined)[]>,
): Promise<void> => {
  const sql = `COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`
  function* chunks() {
    let chunk = ''
    for (const row of rows) {
      chunk += row.map(copyText).join('\t') + '\n'
      if (chunk.length > 1 << 16) {
        yield chunk
        chunk = ''
      }
    }
    if (chunk) yield chunk
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)))
}

/** A session-local staging table of text columns (dropped with the connection's session or by the caller). */
export const createTextStage = async (client: PoolClient, table: string, columns: readonly string[]): Promise<void> => {
  await client.query(`DROP TABLE IF EXISTS ${table}`)
  await client.query(`CREATE TEMP TABLE ${table} ("line" integer PRIMARY KEY, ${columns.map((c) => `"${c}" text`).join(', ')})`)
}
