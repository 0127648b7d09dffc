import type { CollectionConfig, GlobalConfig } from 'payload'

import { showsInNav } from '@/auth/navigation'

/**
 * Sets `admin.hidden` of each collection or global from the navigation table (src/auth/navigation.ts),
 * keeping an entity that is hidden for everyone hidden. Payload then leaves it out of the
 * navigation, the dashboard and the admin's own routes for the roles that do not work with it
 * (document drawers opened from a record still work); the API is unchanged.
 */
export const withRoleNavigation = <T extends CollectionConfig | GlobalConfig>(entities: T[]): T[] =>
  entities.map((entity) => {
    const hidden = entity.admin?.hidden
    if (hidden === true) return entity
    return {
      ...entity,
      admin: {
        ...entity.admin,
        hidden: ({ user }: { user: { role?: string | null } | null }) =>
          (typeof hidden === 'function' && (hidden as (args: { user: unknown }) => boolean)({ user })) || !showsInNav(entity.slug, user?.role),
      },
    } as T
  })
