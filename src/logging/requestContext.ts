import { AsyncLocalStorage } from 'async_hooks'

/** What the code serving one HTTP request may need to know about it, wherever it runs. */
export type RequestContext = {
  requestId: string
  /** Set when the database could not be reached while serving the request. */
  databaseFailure?: unknown
}

export const requestContext = new AsyncLocalStorage<RequestContext>()
