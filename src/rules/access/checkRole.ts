import type { Role } from '@/auth/roles'

type MaybeUser = { role?: string | null } | null | undefined

/** Whether the user holds one of `roles` (no user: no). */
export const checkRole = (user: MaybeUser, roles: readonly Role[]): boolean =>
  Boolean(user?.role && (roles as readonly string[]).includes(user.role))
