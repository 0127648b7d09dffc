import type { Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { assertStrongPassword } from '@/rules/auth/passwordPolicy'
import { ROLES } from './roles'

/**
 * The install command's work (src/scripts/createAdmin.ts): an active administrator with a SEC-PWD
 * password, refused when the e-mail is taken. Throws the Spanish reason.
 */
export const createAdmin = async (
  payload: Payload,
  { email, name, password }: { email: string; name: string; password: string },
): Promise<User> => {
  const normalized = email.trim().toLowerCase()
  assertStrongPassword(password, { name, email: normalized })
  const existing = await payload.count({ collection: SLUGS.users, where: { email: { equals: normalized } }, overrideAccess: true })
  if (existing.totalDocs > 0) throw new Error(`Ya existe un usuario con el correo ${normalized}; no se creó nada.`)
  return payload.create({
    collection: SLUGS.users,
    data: { email: normalized, name, password, role: ROLES.admin, active: true },
    overrideAccess: true,
    depth: 0,
  })
}
