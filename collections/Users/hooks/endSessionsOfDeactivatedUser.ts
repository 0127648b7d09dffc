import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** Deactivating a user also ends its open sessions: its tokens stop working at once. */
export const endSessionsOfDeactivatedUser: CollectionBeforeChangeHook<User> = ({ data, originalDoc }) => {
  if (data.active === false && originalDoc?.active !== false) data.sessions = []
  return data
}
