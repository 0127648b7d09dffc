import { destination as fileDestination, pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino'
import { build as prettyStream } from 'pino-pretty'

import { isDatabaseUnavailable } from '@/db/databaseUnavailable'
import { requestContext } from './requestContext'

const ERROR_LEVEL = 50

type LoggedError = { name?: string; message?: string; status?: unknown; code?: unknown; originalError?: LoggedError }

const errorOf = (arg: unknown): LoggedError | undefined => {
  if (arg instanceof Error) return arg
  const err = (arg as { err?: unknown } | null)?.err
  return err && typeof err === 'object' ? (err as LoggedError) : undefined
}

// GraphQL wraps the operation's error: its status is on `originalError`.
const refusalStatus = (err: LoggedError) => {
  const status = err.status ?? err.originalError?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/**
 * One logger for the app, its jobs and its scripts. Expected refusals (401, 403, 404, a rule's 4xx,
 * a validation error) are one `info` line without a stack, and a database that cannot be reached is
 * one `warn` line: a flood of them (an attack, a restart) must not bury the faults, which keep their
 * stack. Each line of an HTTP request carries its `reqId`. Production writes JSON lines (for a log
 * collector); elsewhere Payload's readable format.
 */
export const appLoggerOptions = (): LoggerOptions => ({
  level: process.env.LOG_LEVEL ?? 'info',
  enabled: process.env.DISABLE_LOGGING !== 'true',
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  // Payload logs a failed job whole (its input: a digest's debtors); the log needs only which job.
  serializers: {
    job: (job: { id?: unknown; queue?: unknown; taskSlug?: unknown; totalTried?: unknown }) => ({
      id: job?.id,
      queue: job?.queue,
      taskSlug: job?.taskSlug,
      totalTried: job?.totalTried,
    }),
  },
  mixin: () => {
    const requestId = requestContext.getStore()?.requestId
    return requestId ? { reqId: requestId } : {}
  },
  hooks: {
    logMethod(args, method, level) {
      const err = level >= ERROR_LEVEL ? errorOf(args[0]) : undefined
      if (err && isDatabaseUnavailable(err)) {
        return this.warn({ code: err.code, msg: `Base de datos no disponible: ${err.message}` })
      }
      const status = err && refusalStatus(err)
      if (err && status) {
        return this.info({ status, error: err.name, msg: `${status} ${err.name}: ${err.message}` })
      }
      return method.apply(this, args)
    },
  },
})

const jsonLogs = () => (process.env.LOG_FORMAT ?? (process.env.NODE_ENV === 'production' ? 'json' : 'pretty')) === 'json'

export const buildAppLogger = (destination?: DestinationStream): Logger =>
  pino(
    appLoggerOptions(),
    destination ?? (jsonLogs() ? fileDestination(1) : prettyStream({
            colorize: true,
            // Readable and still one line per refusal: the fields that JSON keeps apart go in the message.
            ignore: 'pid,hostname,reqId,status,error,code',
            messageFormat: '{if reqId}[{reqId}] {end}{msg}',
            translateTime: 'SYS:HH:MM:ss',
          })),
  )

export const appLogger = buildAppLogger()
