import type { Where } from 'payload'

/**
 * The read rule of a role that has no rows in a collection (e.g. a provider in policies): a list
 * answers empty rather than 403. Endpoints treat it as "no access" (src/http/requireAccess.ts).
 */
export const NO_ROWS: Where = { id: { exists: false } }

/** Whether an access result is the "no rows" rule above. */
export const isNoRows = (where: Where): boolean => {
  const keys = Object.keys(where)
  return keys.length === 1 && keys[0] === 'id' && JSON.stringify(where.id) === JSON.stringify(NO_ROWS.id)
}
