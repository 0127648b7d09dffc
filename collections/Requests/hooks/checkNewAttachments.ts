import type { CollectionBeforeValidateHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { assertAttachmentsReadable } from '@/rules/attachments'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import type { Request } from '@/payload-types'

/**
 * R-REQ-04: a user attaches only documents it can read (for a broker, the ones it uploaded, which
 * the documents collection already checked for type, size and content).
 */
export const checkNewAttachments: CollectionBeforeValidateHook<Request> = async ({ data, originalDoc, req }) => {
  if (!data || !req.user || !Array.isArray(data.attachments)) return data
  const current = new Set((originalDoc?.attachments ?? []).map((a) => String(idOf(a))))
  const added = [...new Set(data.attachments.map((a) => idOf(a)))].filter(
    (id): id is number => id !== undefined && !current.has(String(id)),
  )
  if (added.length === 0) return data
  const { totalDocs } = await req.payload.count({
    collection: SLUGS.documents,
    where: { id: { in: added } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  enforceRule(() => assertAttachmentsReadable({ added: added.length, readable: totalDocs }))
  return { ...data, attachments: data.attachments.map((a) => idOf(a)) }
}
