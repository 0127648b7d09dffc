import type { PayloadRequest } from 'payload'

/**
 * Runs nested Local API calls as the system (no user): the rules that ask who acts treat it as
 * the application's own step (`actingRole` is null), as the daily sweep does. The user is put back after.
 */
export const asSystem = async <T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> => {
  const user = req.user
  req.user = null
  try {
    return await run()
  } finally {
    req.user = user
  }
}
