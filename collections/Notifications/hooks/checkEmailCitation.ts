import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Notification } from '@/payload-types'
import { assertCitationActSigned, assertCitationAddress, citationEmailDue, citationFactsOf } from '@/rules/notices/citationEmail'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/**
 * R-NOT-01/03: a citation recorded as sent by e-mail names the registered address and carries the
 * signed act (the record's copy of the act, a PDF); otherwise the record is refused and nothing is
 * written or sent. `emailCitation` queues the message after the change.
 */
export const checkEmailCitation: CollectionBeforeChangeHook<Notification> = async ({ data, originalDoc, req }) => {
  if (req.context.deadlinesOnly) return data
  const facts = citationFactsOf({ ...(originalDoc?.facts ?? {}), ...(data.facts ?? {}) })
  if (!citationEmailDue(facts, originalDoc ? citationFactsOf(originalDoc.facts) : null)) return data
  enforceRule(() => assertCitationAddress(facts))
  const documentId = idOf('document' in data ? data.document : originalDoc?.document)
  const act =
    documentId === undefined || documentId === null
      ? null
      : await req.payload.findByID({
          collection: SLUGS.documents,
          id: documentId,
          depth: 0,
          select: { actKind: true, actStatus: true, mimeType: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  enforceRule(() => assertCitationActSigned(act))
  return data
}
