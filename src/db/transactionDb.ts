import type { PayloadRequest } from 'payload'

type SqlExecutor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * The drizzle handle of the request's open transaction (or the pool when there is none), for the
 * few statements the Local API cannot express, such as `UPDATE … RETURNING` on a counter row.
 */
export const transactionDb = async (req: PayloadRequest): Promise<SqlExecutor> => {
  // Only `execute` is used; the adapter's own drizzle types differ between a transaction and the pool.
  const adapter = req.payload.db as unknown as { drizzle: SqlExecutor; sessions?: Record<string, { db: SqlExecutor }> }
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}
