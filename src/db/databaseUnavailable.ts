/** What a client is told while PostgreSQL cannot be reached (restart, failover, network). */
export const DATABASE_UNAVAILABLE_MESSAGE = 'La base de datos no está disponible; intente de nuevo en unos segundos.'
export const DATABASE_RETRY_AFTER_SECONDS = 5

// Socket errors of node-postgres and the SQLSTATEs a server answers while it stops or starts:
// 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, class 08 connection_exception,
// 53300 too_many_connections.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])

// Errors that node-postgres and Payload raise without a code (Payload's "cannot begin transaction"
// rewraps the original error in a plain Error and keeps only its message).
const CONNECTION_MESSAGES =
  /Connection terminated|connection error|timeout exceeded when trying to connect|cannot connect to Postgres|cannot begin transaction|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Client was closed and is not queryable/i

/**
 * Whether an error means "the database cannot be reached now" rather than a fault of the request
 * or of the code: it walks the error's causes (drizzle wraps query errors, Node groups the
 * failed addresses of one host in an AggregateError).
 */
export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true
  if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true
  return isDatabaseUnavailable(cause, depth + 1)
}
