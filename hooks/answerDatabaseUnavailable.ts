import type { AfterErrorHook } from 'payload'

import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/db/databaseUnavailable'

/**
 * A request that fails because PostgreSQL cannot be reached (restarting, failing over) is not a
 * fault of the request nor of the code: it gets 503 with Retry-After and a message that says to
 * try again, instead of a 500 "Something went wrong".
 */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error, graphqlResult, req }) => {
  // GraphQL wraps the driver's error; the route turns the whole answer into a 503 as well.
  const cause = (error as { originalError?: unknown }).originalError ?? error
  if (!isDatabaseUnavailable(cause)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { ...graphqlResult.extensions, statusCode: 503 } } }
  }
  return { response: { message: DATABASE_UNAVAILABLE_MESSAGE, errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] }, status: 503 }
}
