import type { Role } from '../src/auth/roles'

type MaybeUser = { role?: string | null } | null | undefined

export const checkRole = (user: MaybeUser, roles: readonly Role[]): boolean =>
  Boolean(user?.role && (roles as readonly string[]).includes(user.role))
