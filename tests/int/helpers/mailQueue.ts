import type { Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { MAIL_QUEUE } from '@/jobs/sendEmailTask'

/** The jobs of the mail queue, oldest first. */
export const mailJobs = async (payload: Payload) =>
  (await payload.find({ collection: 'payload-jobs', where: { queue: { equals: MAIL_QUEUE } }, sort: 'createdAt', depth: 0, limit: 200 })).docs

/** The mail jobs that deliver one `email-messages` row. */
export const jobsOfMessage = async (payload: Payload, messageId: number) =>
  (await mailJobs(payload)).filter((job) => (job.input as { messageId?: number }).messageId === messageId)

/** What the job runner would see once each retry's wait is over. */
export const letRetryWaitPass = async (payload: Payload) => {
  for (const job of await mailJobs(payload)) {
    if (!job.completedAt) await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, depth: 0 })
  }
}

/**
 * One run of the mail queue, as the minute cron does, over every message that is due and not
 * only the first ten: the sweep also
 * writes to the responsible people of the other test files' cases (the database is shared).
 */
export const runMailQueue = (payload: Payload) => payload.jobs.run({ queue: MAIL_QUEUE, limit: 1000 })

/** A message row as the server sees it (its body included). */
export const storedMessage = (payload: Payload, id: number) => payload.findByID({ collection: SLUGS.emailMessages, id, depth: 0, overrideAccess: true })

/** The mails of the test server to one address, with quoted-printable soft breaks undone. */
export const mailsTo = (inbox: { to: string[]; raw: string }[], to: string) =>
  inbox.filter((m) => m.to.includes(to)).map((m) => m.raw.replace(/=\r?\n/g, ''))
