import type { CollectionBeforeValidateHook } from 'payload'

import { checkRole } from '../../../access/checkRole'
import { ROLES } from '@/auth/roles'
import { assertStatusTransition, isClosedStatus, type RequestStatus } from '@/rules/requests/requestStatus'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import type { Request } from '@/payload-types'

const ids = (list: unknown): Set<string> =>
  new Set((Array.isArray(list) ? list : []).map((x) => String(idOf(x) ?? (x as { id?: string })?.id)))

/**
 * R-REQ-07: a status change must be one the actor may make; it is appended to the history and a
 * FINALIZADO or RECHAZADO request gets its closing date.
 */
export const recordStatusChange: CollectionBeforeValidateHook<Request> = ({ data, operation, originalDoc, req }) => {
  if (!data || operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as RequestStatus
  const to = data.status ?? from
  if (to === from) return { ...data, statusHistory: originalDoc.statusHistory ?? [], closedAt: originalDoc.closedAt ?? null }

  const storedComments = ids((originalDoc.comments ?? []).map((c) => c.id))
  const storedDocs = ids(originalDoc.attachments)
  const addsDocumentOrComment =
    (data.comments ?? []).some((c) => !c?.id || !storedComments.has(String(c.id))) ||
    [...ids(data.attachments)].some((id) => !storedDocs.has(id))
  const status = enforceRule(() =>
    assertStatusTransition({
      from,
      to,
      actor: checkRole(req.user, [ROLES.broker]) ? 'broker' : 'staff',
      addsDocumentOrComment,
    }),
  )
  const now = new Date().toISOString()
  return {
    ...data,
    status,
    closedAt: isClosedStatus(status) ? now : null,
    statusHistory: [
      ...(originalDoc.statusHistory ?? []),
      { from, to: status, at: now, by: req.user?.id ?? null, byName: req.user?.name ?? null },
    ],
  }
}
