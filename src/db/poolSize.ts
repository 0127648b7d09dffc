/** The pool's size when DATABASE_POOL_MAX is not set: node-postgres' own default. */
export const DEFAULT_POOL_MAX = 10

/**
 * How many connections the app's PostgreSQL pool may open (DATABASE_POOL_MAX, 1–200): sized to the
 * server's `max_connections` divided among the app's processes. A bad value stops the start.
 */
export const databasePoolMax = (value = process.env.DATABASE_POOL_MAX): number => {
  if (value === undefined || value.trim() === '') return DEFAULT_POOL_MAX
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new Error(`DATABASE_POOL_MAX debe ser un entero de 1 a 200 (recibido: ${value}).`)
  return n
}
