import type { TaskConfig } from 'payload'

import { deliverEmailMessage } from '@/email/deliverEmailMessage'

export const MAIL_QUEUE = 'mail'

/**
 * One e-mail as a job of its own (queue `mail`), queued by src/email/queueEmail.ts: a refusal or an
 * unreachable mail server fails only this message, which Payload retries with a growing wait (1, 2,
 * 4 … 512 minutes: about 17 hours over 10 retries) instead of dropping it. The job names the
 * `email-messages` row; a retry or a second job for the same row never sends it twice (R-NOT-03).
 */
export const sendEmailTask: TaskConfig<'sendEmail'> = {
  slug: 'sendEmail',
  label: 'Envío de correo',
  inputSchema: [{ name: 'messageId', type: 'number', required: true }],
  outputSchema: [{ name: 'sentAt', type: 'text' }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => ({ output: await deliverEmailMessage(req, input.messageId) }),
}
