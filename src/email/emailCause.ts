import { SLUGS } from '@/constants/slugs'

/** Records whose e-mails are linked back to them (their "Correos" tab joins on `causedBy`). */
export const EMAIL_CAUSE_COLLECTIONS = [SLUGS.users, SLUGS.providerRegistrations, SLUGS.cases, SLUGS.notifications] as const

export type EmailCauseCollection = (typeof EMAIL_CAUSE_COLLECTIONS)[number]

/** The record that caused a message: its collection and id. */
export type EmailCause = { collection: EmailCauseCollection; id: number }
