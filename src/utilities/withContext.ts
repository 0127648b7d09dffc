import type { PayloadRequest, RequestContext } from 'payload'

/**
 * Runs nested Local API calls with extra `req.context` flags. Payload merges an operation's
 * `context` into the shared `req.context` and never restores it, so a flag meant for one nested
 * call would leak into the rest of the request; this puts the original context back.
 */
export const withContext = async <T>(req: PayloadRequest, extra: RequestContext, run: () => Promise<T>): Promise<T> => {
  const saved = req.context
  req.context = { ...saved, ...extra }
  try {
    return await run()
  } finally {
    req.context = saved
  }
}
