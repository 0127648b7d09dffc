import type { Access, Where } from 'payload'

import { NATIONAL_ROLES } from '../src/auth/roles'
import { checkRole } from './checkRole'
import { rowsInUserScope } from './rowsInUserScope'

/** Where each scoped role finds the records a document is attached to (stamped by `stampDocumentScope`). */
const attachedInScope = rowsInUserScope({ branch: 'branch', clave: 'clave', firm: 'firm' })

/**
 * Documents follow the scope of what they are attached to (issue 8, finding 8): national roles
 * read all; branch staff the documents of their branch's records; a firm those of the cases
 * assigned to it; a broker those of its claves' requests; everyone what they uploaded.
 */
export const documentsInUserScope: Access = async (args) => {
  const { user } = args.req
  if (!user) return false
  if (checkRole(user, NATIONAL_ROLES)) return true
  const ownUploads: Where = { uploadedBy: { equals: user.id } }
  const attached = await attachedInScope(args)
  return attached && typeof attached === 'object' ? { or: [ownUploads, attached] } : ownUploads
}
