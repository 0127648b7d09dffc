import type { Payload } from 'payload'

/** `payload.destroy()` leaves the pg pool open; end it so a script can stop its database and exit. */
export const closePayload = async (payload: Payload) => {
  await payload.destroy()
  const pool = (payload.db as unknown as { pool?: { end: () => Promise<void> } }).pool
  await pool?.end()
}
