import { isDatabaseUnavailable } from './databaseUnavailable'

const detailOf = (error: unknown): string => {
  const { code, message, cause } = (error ?? {}) as { code?: unknown; message?: unknown; cause?: unknown }
  if (typeof code === 'string') return code
  if (cause) return detailOf(cause)
  return typeof message === 'string' ? message.replace(/\s+/g, ' ').slice(0, 160) : 'sin detalle'
}

/**
 * How a command-line script reports what stopped it: a database it cannot reach is one line that
 * says what to do (nothing is wrong with the script), any other error keeps its stack (a fault).
 */
export const reportScriptError = (error: unknown) => {
  if (isDatabaseUnavailable(error)) {
    console.error(`✖ La base de datos no está disponible (${detailOf(error)}); verifique DATABASE_URL o que PostgreSQL esté en servicio e intente de nuevo.`)
  } else {
    console.error(error)
  }
}
