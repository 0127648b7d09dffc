import type { CollectionAfterChangeHook } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import { formatDayMonthYear as label } from '@/components/displayDates'
import type { Notice } from '@/payload-types'
import { NOTICE_STATES } from '@/rules/notices/noticeDates'
import { idOf } from '@/utilities/idOf'


/** R-COB-17: the case file records when a notice went up on the public list and when it came down. */
export const recordNoticeInCaseFile: CollectionAfterChangeHook<Notice> = async ({ doc, previousDoc, req }) => {
  if (!doc.postingStatus || doc.postingStatus === previousDoc?.postingStatus) return doc
  const notification = await req.payload.findByID({
    collection: SLUGS.notifications,
    id: idOf(doc.notification)!,
    depth: 0,
    select: { case: true, branch: true, assignedFirm: true },
    overrideAccess: true,
    req,
  })
  const summary =
    doc.postingStatus === NOTICE_STATES.posted
      ? `Aviso publicado en la página de avisos, fijado el ${label(doc.postedOn)}; se retira al cierre del ${label(doc.takeDownOn)}.`
      : `Aviso retirado de la página de avisos el ${label(doc.takenDownOn)} (último día fijado: ${label(doc.takeDownOn)}); queda en el archivo de avisos.`
  await appendCaseEvent(
    req,
    { id: idOf(notification.case)!, branch: notification.branch, assignedFirm: notification.assignedFirm },
    { kind: 'NOTIFICACION', summary, document: idOf(doc.document) ?? null },
  )
  return doc
}
