import type { CollectionAfterChangeHook } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import { CASE_EVENT_KIND } from '@/rules/cases/caseOptions'
import { NOTIFICATION_STATUSES } from '@/rules/cases/notificationStatus'
import { idOf } from '@/utilities/idOf'
import { withContext } from '@/utilities/withContext'

/**
 * The case reads its notification dates (LCD notified and final, payment order notified) and its
 * next deadline from its notification records: re-save it in the same transaction, and leave the
 * step in the case file (R-COB-17).
 */
export const syncCaseAfterNotification: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const caseId = idOf(doc.case)!
  const theCase = await withContext(req, { deadlinesOnly: true }, () =>
    req.payload.update({ collection: SLUGS.cases, id: caseId, data: {}, depth: 0, overrideAccess: true, req }),
  )
  // A calendar change writes one entry per case for all its notifications (recomputeOpenTerms).
  if (req.context.calendarChange) return doc
  const statusChanged = operation === 'create' || previousDoc?.status !== doc.status
  const factsChanged = operation === 'create' || JSON.stringify(previousDoc?.facts) !== JSON.stringify(doc.facts)
  if (statusChanged || factsChanged) {
    const status = NOTIFICATION_STATUSES.find((s) => s.value === doc.status)?.label ?? doc.status
    await appendCaseEvent(req, theCase, {
      kind: req.user ? CASE_EVENT_KIND.notification : CASE_EVENT_KIND.automatic,
      summary: `${doc.title}: ${status}${doc.derived?.notifiedOn ? `, notificada el ${String(doc.derived.notifiedOn).slice(0, 10)}` : ''}${doc.derived?.finalOn ? `, en firme desde ${String(doc.derived.finalOn).slice(0, 10)}` : ''}.`,
      document: idOf(doc.document) ?? null,
    })
  }
  return doc
}
