import type { PoolClient } from 'pg'

import type { ImportMode, RowError } from '@/rules/imports/importOptions'
import type { TableCounts } from '@/rules/imports/importSummary'

/** What the steps of one load share: its database session (staging tables are session-local) and its running report. */
export type ImportRun = {
  client: PoolClient
  mode: ImportMode
  errors: RowError[]
  rowsTotal: number
  rowsDone: number
  /** Between batches: reports progress and answers whether the load was cancelled. */
  checkpoint: () => Promise<boolean>
  /** The load's day in Bogotá (YYYY-MM-DD): no payment may be dated after it. */
  today: string
  /** Who asked for the load (the imported payments' `recordedBy`). */
  importedBy: number | null
}

export type { TableCounts } from '@/rules/imports/importSummary'

/** Rows read back from staging per batch (validation, progress and cancel happen per batch). */
export const BATCH_ROWS = 5_000

/** A legal date as stored by Payload's date fields here: Bogota noon of the day (src/rules/calendar/storedDates.ts). */
export const STORED_DAY = (column: string) => `((${column})::date::timestamp + interval '12 hours') AT TIME ZONE 'UTC'`

export const countsOf = (row: { inserted: string | number; updated: string | number }, total: number): TableCounts => {
  const inserted = Number(row.inserted)
  const updated = Number(row.updated)
  return { inserted, updated, unchanged: total - inserted - updated }
}
