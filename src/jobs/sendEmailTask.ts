import type { TaskConfig } from 'payload'

export const MAIL_QUEUE = 'mail'

/** The per-message record in `payload.kv`: set when queued, `sentAt` once the server accepted it. */
export type QueuedMessage = { queuedAt: string; sentAt?: string }

/**
 * One e-mail as a job of its own (queue `mail`): a refusal or an unreachable mail server fails only
 * this message, which Payload retries with a growing wait (1, 2, 4 … 512 minutes: about 17 hours
 * over 10 retries) instead of dropping it. `messageKey` names the message in `payload.kv`; a retry
 * or a second job for the same key never sends it again once the server has accepted it.
 */
export const sendEmailTask: TaskConfig<'sendEmail'> = {
  slug: 'sendEmail',
  label: 'Envío de correo',
  inputSchema: [
    { name: 'messageKey', type: 'text', required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea' },
  ],
  outputSchema: [{ name: 'sentAt', type: 'text' }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const record = await req.payload.kv.get<QueuedMessage>(input.messageKey)
    if (record?.sentAt) return { output: { sentAt: record.sentAt } }
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text, html: input.html ?? undefined })
    const sentAt = new Date().toISOString()
    await req.payload.kv.set(input.messageKey, { queuedAt: record?.queuedAt ?? sentAt, sentAt } satisfies QueuedMessage)
    return { output: { sentAt } }
  },
}
