import type { CollectionAfterChangeHook } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import { queueEmail } from '@/email/queueEmail'
import type { Notification } from '@/payload-types'
import { NOTIFIABLE_ACT_OPTIONS } from '@/rules/cases/notificationDates'
import { citationDaysToAppear, citationEmailDue, citationFactsOf } from '@/rules/notices/citationEmail'
import { idOf } from '@/utilities/idOf'

/**
 * R-COB-04/10, R-NOT-03: a citation recorded as sent by e-mail is queued to the debtor's registered
 * address with the signed act attached (checked by `checkEmailCitation`), in the same transaction
 * (a rolled-back record sends nothing); one message per notification and day sent (`key`). The
 * message's status shows on the notification and on the case ("Correos"); the case file records it.
 */
export const emailCitation: CollectionAfterChangeHook<Notification> = async ({ doc, previousDoc, operation, req }) => {
  if (req.context.deadlinesOnly) return doc
  const facts = citationFactsOf(doc.facts)
  if (!citationEmailDue(facts, operation === 'create' ? null : citationFactsOf(previousDoc?.facts))) return doc
  const caseId = idOf(doc.case)!
  const theCase = await req.payload.findByID({ collection: SLUGS.cases, id: caseId, depth: 0, select: { title: true, debtor: true, branch: true, assignedFirm: true }, overrideAccess: true, req })
  const debtor = await req.payload.findByID({ collection: SLUGS.parties, id: idOf(theCase.debtor)!, depth: 0, select: { displayName: true, idType: true, idNumber: true }, overrideAccess: true, req })
  const branch = await req.payload.findByID({ collection: SLUGS.branches, id: idOf(theCase.branch)!, depth: 0, select: { name: true, address: true }, overrideAccess: true, req })
  const documentId = idOf(doc.document) as number
  const { message } = await queueEmail({
    req,
    template: 'citation',
    data: {
      debtorName: debtor.displayName ?? '',
      debtorId: [debtor.idType, debtor.idNumber].filter(Boolean).join(' '),
      caseNumber: theCase.title ?? String(caseId),
      actName: NOTIFIABLE_ACT_OPTIONS.find((o) => o.value === doc.act)?.label ?? doc.act,
      branchName: branch.name ?? '',
      branchAddress: branch.address ?? '',
      daysToAppear: citationDaysToAppear(doc.act),
      sentOn: facts.citationSentOn!,
    },
    to: facts.citationEmail!.trim(),
    cause: { collection: SLUGS.notifications, id: doc.id },
    caseId,
    attachments: [documentId],
    key: `citation:${doc.id}:${facts.citationSentOn}`,
  })
  await appendCaseEvent(req, theCase, {
    kind: 'NOTIFICACION',
    summary: `Citación enviada por correo electrónico a ${message.to} el ${facts.citationSentOn}, con el acto firmado adjunto (correo en cola).`,
    document: documentId,
  })
  return doc
}
