import type { Access, Where } from 'payload'

import { isNoRows } from '../src/rules/access/noRows'
import { scopeWhere } from '../src/rules/access/userScope'

/**
 * Documents follow the scope of what they are attached to: national roles
 * read all; branch staff the documents of their branch's records; a firm those of the cases
 * assigned to it; a broker those of its claves' requests; everyone what they uploaded.
 * The scope fields are stamped by `stampDocumentScope`.
 */
export const documentsInUserScope: Access = ({ req: { user } }) => {
  if (!user) return false
  const attached = scopeWhere(user, { branch: 'branch', clave: 'clave', firm: 'firm' })
  if (attached === true) return true
  const ownUploads: Where = { uploadedBy: { equals: user.id } }
  return attached === false || isNoRows(attached) ? ownUploads : { or: [ownUploads, attached] }
}
