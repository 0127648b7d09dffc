import type { Payload } from 'payload'

/**
 * For scripts that stop their own database after using Payload. `payload.destroy()` leaves the pg
 * pool open, and Payload keeps one client checked out for good, so `pool.end()` never resolves:
 * start it without waiting, and ignore the errors of connections the stopping server cuts.
 */
export const closePayload = async (payload: Payload) => {
  await payload.destroy()
  const { pool } = payload.db
  pool.on('error', () => {})
  void pool.end()
}
