import type { Where } from 'payload'

/**
 * R-NOT-03: an e-mail is a row of `email-messages` that goes QUEUED → (FAILED → …) → SENT. A failed
 * attempt keeps the message FAILED with its reason until a retry is accepted; SENT is final.
 */
export const EMAIL_STATUSES = [
  { label: 'En cola', value: 'QUEUED' },
  { label: 'Enviado', value: 'SENT' },
  { label: 'Falló (se reintenta)', value: 'FAILED' },
] as const

export type EmailStatus = (typeof EMAIL_STATUSES)[number]['value']

/**
 * How long one worker holds a message while it talks to the mail server. Another worker (a
 * duplicate job, a second runner) never sends it meanwhile; after this, a crashed worker's claim
 * lapses and a retry may take the message again.
 */
export const SENDING_CLAIM_MS = 10 * 60_000

/**
 * The messages a worker may claim at `now`: not sent yet, and not held by another worker. Used as
 * the `where` of one atomic UPDATE, so of two racing workers only one gets the row.
 */
export const claimableMessage = (id: number, now: Date): Where => ({
  and: [
    { id: { equals: id } },
    { status: { not_equals: 'SENT' } },
    { or: [{ sendingUntil: { exists: false } }, { sendingUntil: { less_than: now.toISOString() } }] },
  ],
})

/** The end of a claim taken at `now`. */
export const claimUntil = (now: Date): string => new Date(now.getTime() + SENDING_CLAIM_MS).toISOString()

const MAX_REASON = 500

/** The reason a delivery failed, as staff read it on the message: the server's code and answer, shortened. */
export const failureReason = (error: unknown): string => {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string } | null
  const detail = e?.response ?? e?.message ?? String(error)
  const code = e?.responseCode ?? e?.code
  const reason = code !== undefined && !detail.startsWith(String(code)) ? `${code} ${detail}` : detail
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason
}

/**
 * The Message-ID header of a message: the same on every attempt, so a server that did receive an
 * attempt whose answer was lost can recognise the retry as the same message.
 */
export const messageIdHeader = (id: number, fromAddress: string): string => `<correo-${id}@${fromAddress.split('@')[1] || 'localhost'}>`
