import type { Access, Where } from 'payload'

import { ROLES } from '@/auth/roles'
import { isNoRows } from '@/rules/access/noRows'
import { scopeWhere } from '@/rules/access/userScope'
import { checkRole } from './checkRole'

/** Issue 11: the act attached to a published notice is public, as the notice is (R-NOT-02). */
const onPublishedNotice: Where = { onPublishedNotice: { equals: true } }

/**
 * Documents follow the scope of what they are attached to: national roles
 * read all; branch staff the documents of their branch's records; a firm those of the cases
 * assigned to it; a broker those of its claves' requests; everyone what they uploaded. The act
 * attached to a published notice is read by anyone, anonymous visitors too; editors read the acts
 * of every notice, drafts included. The scope fields are stamped by `stampDocumentScope`, the
 * notice flags by `flagNoticeDocuments`.
 */
export const documentsInUserScope: Access = ({ req: { user } }) => {
  if (!user) return onPublishedNotice
  const attached = scopeWhere(user, { branch: 'branch', clave: 'clave', firm: 'firm' })
  if (attached === true) return true
  const ownUploads: Where = { uploadedBy: { equals: user.id } }
  const editorsNotices: Where[] = checkRole(user, [ROLES.editor]) ? [{ onNotice: { equals: true } }] : []
  const inScope: Where[] = attached === false || isNoRows(attached) ? [] : [attached]
  return { or: [ownUploads, onPublishedNotice, ...editorsNotices, ...inScope] }
}
