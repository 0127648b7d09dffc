import type { PayloadRequest } from 'payload'

/**
 * Runs nested Local API calls as the system (no user) in the same request and transaction: the
 * rules that ask who acts treat it as the application's own step (`actingRole` is null), as the
 * daily sweep does. An act the law attaches to another one (a granted agreement suspends the case,
 * R-COB-15) is not checked again against the acting user's competence in that other record; its
 * own rule already was. The user is put back after.
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
