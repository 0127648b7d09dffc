import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { MAIL_QUEUE } from '@/jobs/sendEmailTask'
import type { EmailMessage } from '@/payload-types'
import type { EmailCause } from './emailCause'
import { renderEmail, type EmailTemplate, type EmailTemplateData } from './templates'

export type QueueEmailArgs<T extends EmailTemplate> = {
  req: PayloadRequest
  template: T
  data: EmailTemplateData[T]
  to: string
  /** The record that caused the message; it lists its mails. */
  cause: EmailCause
  /** The case the message belongs to, when it has one: the case lists it with its own mails. */
  caseId?: number
  /** `documents` rows sent as attachments (the signed act of a citation). */
  attachments?: number[]
  /** At most one message per key: queueing the same key again returns the first one. */
  key?: string
}

/**
 * R-NOT-03, the one way the application sends e-mail: the message is rendered from its template,
 * stored as an `email-messages` row (QUEUED) and handed to the `mail` queue, all in the caller's
 * transaction (pass `req`): if the caller's write is rolled back, no mail goes out. The `sendEmail`
 * task then delivers it, retrying with backoff, exactly once per row.
 */
export async function queueEmail<T extends EmailTemplate>({
  req,
  template,
  data,
  to,
  cause,
  caseId,
  attachments = [],
  key,
}: QueueEmailArgs<T>): Promise<{ message: EmailMessage; queued: boolean }> {
  if (key) {
    const { docs } = await req.payload.find({ collection: SLUGS.emailMessages, where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req })
    if (docs[0]) return { message: docs[0], queued: false }
  }
  const rendered = renderEmail(template, data)
  const message = await req.payload.create({
    collection: SLUGS.emailMessages,
    data: {
      to,
      template,
      ...rendered,
      status: 'QUEUED',
      attempts: 0,
      causeCollection: cause.collection,
      causeId: String(cause.id),
      causedBy: { relationTo: cause.collection, value: cause.id },
      case: caseId ?? (cause.collection === SLUGS.cases ? cause.id : null),
      attachments,
      key,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({ task: 'sendEmail', queue: MAIL_QUEUE, input: { messageId: message.id }, req })
  return { message, queued: true }
}
