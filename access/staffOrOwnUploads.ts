import type { Access } from 'payload'

import { INTERNAL_ROLES, ROLES } from '../src/auth/roles'
import { checkRole } from './checkRole'

/** Insurer staff read every document; external firms, brokers and providers only what they uploaded. */
export const staffOrOwnUploads: Access = ({ req: { user } }) => {
  if (!user) return false
  const staff = INTERNAL_ROLES.filter((role) => role !== ROLES.externalFirm && role !== ROLES.editor)
  if (checkRole(user, staff)) return true
  return { uploadedBy: { equals: user.id } }
}
