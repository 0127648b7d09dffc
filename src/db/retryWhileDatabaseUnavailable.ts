import { isDatabaseUnavailable } from './databaseUnavailable'

/** Waits, in seconds, before each new attempt: about a minute in all, a restart or a failover. */
export const DATABASE_RETRY_WAITS = [2, 4, 8, 16, 30]

type Options = {
  waits?: number[]
  onRetry?: (waitSeconds: number, error: unknown) => void
  sleep?: (ms: number) => Promise<void>
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs an idempotent piece of work again when the database drops under it (as the web server's
 * pool opens a new connection for the next request); any other error, or a database still gone
 * after the last wait, is thrown as it came.
 */
export const retryWhileDatabaseUnavailable = async <T>(run: () => Promise<T>, { waits = DATABASE_RETRY_WAITS, onRetry, sleep = pause }: Options = {}): Promise<T> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      const wait = waits[attempt]
      if (wait === undefined || !isDatabaseUnavailable(error)) throw error
      onRetry?.(wait, error)
      await sleep(wait * 1000)
    }
  }
}
