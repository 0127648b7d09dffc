import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '../../../access/checkRole'
import { BRANCH_ROLES } from '@/auth/roles'
import { idOf } from '@/utilities/idOf'
import type { Document } from '@/payload-types'

/**
 * Who uploaded a document decides who else may read it, so it is set by the server, never by the
 * client. Branch staff's uploads start in their branch, so their colleagues see them too.
 */
export const stampUploader: CollectionBeforeChangeHook<Document> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  data.uploadedBy = req.user?.id ?? null
  if (checkRole(req.user, BRANCH_ROLES)) data.branch = idOf(req.user?.branch) ?? null
  return data
}
