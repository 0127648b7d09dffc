import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { retryWhileDatabaseUnavailable } from '@/db/retryWhileDatabaseUnavailable'
import { readStoredFile } from '@/storage/storedFile'
import type { EmailMessage } from '@/payload-types'
import { claimableMessage, claimUntil, failureReason, messageIdHeader } from '@/rules/email/messageDelivery'
import { idOf } from '@/utilities/idOf'

type SentInfo = { messageId?: string; response?: string }

const system = { depth: 0, overrideAccess: true } as const

/** The message's `documents` rows as files the mail adapter attaches (the signed act of a citation). */
const attachmentsOf = async (req: PayloadRequest, message: EmailMessage) => {
  const ids = (message.attachments ?? []).map((a) => idOf(a)).filter((id): id is number => id !== undefined)
  if (ids.length === 0) return undefined
  const { docs } = await req.payload.find({ collection: SLUGS.documents, where: { id: { in: ids } }, pagination: false, ...system, req })
  // Read here (local disk or the shared object storage), not by the mailer from a path on this server.
  const attachments = []
  for (const doc of docs) attachments.push({ filename: doc.filename!, content: await readStoredFile(req, SLUGS.documents, doc), contentType: doc.mimeType ?? undefined })
  return attachments
}

/**
 * R-NOT-03: one delivery attempt of one `email-messages` row, and the only call to
 * `payload.sendEmail` in the application. The row is claimed by an atomic UPDATE first, so a
 * duplicate job or a second runner never sends a message that is sent or being sent; every attempt
 * is recorded on the row (attempts, FAILED with the server's reason, SENT with the message id and
 * the server's answer). A refusal is rethrown for the job to retry with its backoff.
 */
export async function deliverEmailMessage(req: PayloadRequest, messageId: number): Promise<{ sentAt: string }> {
  const now = new Date()
  const claimed = (await req.payload.db.updateOne({
    collection: SLUGS.emailMessages,
    where: claimableMessage(messageId, now),
    data: { sendingUntil: claimUntil(now) },
    options: { atomic: true },
    req,
  })) as EmailMessage | null
  if (!claimed) {
    const current = await req.payload.findByID({ collection: SLUGS.emailMessages, id: messageId, ...system, req })
    if (current.status === 'SENT') return { sentAt: current.sentAt! }
    // Another worker holds it: this job tries again later and then finds it sent (or the claim lapsed).
    throw new Error(`El correo ${messageId} lo está enviando otro proceso.`)
  }
  const message = await req.payload.update({
    collection: SLUGS.emailMessages,
    id: messageId,
    data: { attempts: claimed.attempts + 1, lastAttemptAt: now.toISOString() },
    ...system,
    req,
  })
  let info: SentInfo
  try {
    info = (await req.payload.sendEmail({
      to: message.to,
      subject: message.subject,
      text: claimed.text,
      html: claimed.html ?? undefined,
      messageId: messageIdHeader(messageId, req.payload.email.defaultFromAddress),
      attachments: await attachmentsOf(req, message),
    })) as SentInfo
  } catch (error) {
    await req.payload.update({
      collection: SLUGS.emailMessages,
      id: messageId,
      data: { status: 'FAILED', lastError: failureReason(error), sendingUntil: null },
      ...system,
      req,
    })
    throw error
  }
  const sentAt = new Date().toISOString()
  // The server has the message: recording it must not fail on a database blip, or a retry would send it again.
  await retryWhileDatabaseUnavailable(() =>
    req.payload.update({
      collection: SLUGS.emailMessages,
      id: messageId,
      data: { status: 'SENT', sentAt, messageId: info.messageId ?? null, serverResponse: info.response ?? null, lastError: null, sendingUntil: null },
      ...system,
      req,
    }),
  )
  return { sentAt }
}
