import type { LoginAttempt } from '../../collections/Users/hooks/limitLoginAttempts'
import type { IdempotencyClaim } from '@/rules/requests/requestIdempotency'
import type { LegalSettings } from './legalSettings'

/**
 * Every flag this app keeps in `req.context` (and passes as `context:` to the Local API), declared
 * once so each reader and writer agrees on its name and type (Payload's hooks/context docs).
 * Payload merges an operation's `context` into the shared `req.context`; use `withContext` to set
 * one for a few nested calls only. REST and GraphQL callers cannot set any of them.
 */
declare module 'payload' {
  interface RequestContext {
    /** 'YYYY-MM-DD': "today" in Bogota for legal terms (todayFor); the sweep, the seed and tests set it. */
    asOf?: string
    /** Seed and bulk writes: no audit-trail entry (recordChangeInAudit, recordDeletionInAudit). */
    skipAudit?: boolean
    /** Seed: the holders' claves are set once at the end, not after each policy (syncHolderClavesAfterChange). */
    skipClaveSync?: boolean
    /** A write that only recounts a case's terms: the case and notification rules do not run again. */
    deadlinesOnly?: boolean
    /** The recount after a calendar change: a notification does not sync its case back. */
    calendarChange?: boolean
    /** The confirmation workflow writes the legalization itself (no draft pricing, no freeze). */
    confirmingLegalization?: boolean
    /** The settings a long batch loaded once, reused by the hooks of its writes (loadLegalSettings). */
    legalSettings?: LegalSettings
    /** The REST/GraphQL sign-in being attempted, for the success and failure hooks (limitLoginAttempts). */
    loginAttempt?: LoginAttempt
    /** Ids of users whose password this request changes (checkPasswordChange → recordPasswordChange). */
    passwordChangedIds?: string[]
    /** Local API filings: the Idempotency-Key a REST client would send as a header (claimIdempotencyKey). */
    idempotencyKey?: string
    /** The Idempotency-Key claim of the request being filed, shared by the Requests hooks. */
    requestIdempotency?: IdempotencyClaim
    /** Forgot-password whose e-mail goes through the mail queue (sendPasswordResetThroughQueue → queuePasswordResetMail). */
    passwordResetMail?: boolean
    /** Seeds and tests that only need an agreement's rows: no act is rendered on its approval (draftAgreementActOnApproval). */
    skipAgreementAct?: boolean
    /** The on-demand endpoint and the month-end job retake a draft indicator snapshot's figures (takeSnapshotFigures). */
    retakeIndicatorSnapshot?: boolean
    /** The confirmation of an assignment batch writes the batch itself (freezeConfirmedBatch lets it). */
    confirmingBatch?: boolean
    /** A report's own write of its generated files (storeReportFiles): no review checks. */
    storingReportFiles?: boolean
  }
}
