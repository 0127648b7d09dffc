import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { NotificationSnapshot } from '@/rules/cases/caseDeadlines'
import { NOTIFIABLE_ACTS } from '@/rules/cases/notificationDates'
import { isInsolvent } from '@/rules/parties/insolvency'
import { loadLegalSettings, type LegalSettings } from '@/utilities/legalSettings'
import { loadCaseNotifications } from './loadCaseNotifications'

/** What a case's beforeChange hooks read besides the document itself, loaded once per save. */
export type CaseFacts = {
  debtor: { insolvent: boolean; cannotBeLocated: boolean }
  /** The case's notification records, oldest first. */
  notifications: NotificationSnapshot[]
  /** The last notification of the LCD and of the payment order, if any. */
  lcdNotice: NotificationSnapshot | undefined
  paymentOrderNotice: NotificationSnapshot | undefined
  settings: LegalSettings
}

declare module 'payload' {
  interface RequestContext {
    /** Per case id ('new' while creating): the facts `loadCaseFacts` read for the save under way. */
    caseFacts?: Record<string, CaseFacts>
    /**
     * Per case id: the debtor and notification records a batch (the daily sweep's page of moves)
     * loaded for many cases at once; `loadCaseFacts` takes them instead of reading them again.
     */
    preloadedCaseFacts?: Record<string, Pick<CaseFacts, 'debtor' | 'notifications'>>
  }
}

const keyOf = (caseId: number | undefined) => (caseId === undefined ? 'new' : String(caseId))

/**
 * Loads the facts of the case being saved and leaves them in `req.context`, so the hooks that
 * follow read them without reloading. Each save loads afresh: a request that saves the same case
 * twice (a notification, then the case it moves) never reads the first save's facts.
 */
export const loadCaseFacts = async (req: PayloadRequest, caseId: number | undefined, debtorId: number): Promise<CaseFacts> => {
  const preloaded = caseId === undefined ? undefined : req.context.preloadedCaseFacts?.[String(caseId)]
  if (preloaded) return keepFacts(req, caseId, await factsFrom(req, preloaded.debtor, preloaded.notifications))
  const debtor = await req.payload.findByID({
    collection: SLUGS.parties,
    id: debtorId,
    depth: 0,
    select: { insolvencyStatus: true, cannotBeLocated: true },
    overrideAccess: true,
    req,
  })
  const notifications = await loadCaseNotifications(req, caseId)
  const facts = await factsFrom(req, { insolvent: isInsolvent(debtor.insolvencyStatus), cannotBeLocated: Boolean(debtor.cannotBeLocated) }, notifications)
  return keepFacts(req, caseId, facts)
}

const factsFrom = async (req: PayloadRequest, debtor: CaseFacts['debtor'], notifications: NotificationSnapshot[]): Promise<CaseFacts> => ({
  debtor,
  notifications,
  lcdNotice: notifications.filter((n) => n.act === NOTIFIABLE_ACTS.lcd).at(-1),
  paymentOrderNotice: notifications.filter((n) => n.act === NOTIFIABLE_ACTS.paymentOrder).at(-1),
  settings: await loadLegalSettings(req),
})

const keepFacts = (req: PayloadRequest, caseId: number | undefined, facts: CaseFacts): CaseFacts => {
  req.context.caseFacts = { ...req.context.caseFacts, [keyOf(caseId)]: facts }
  return facts
}

/** The facts `loadCaseFacts` left for this save; a hook listed before it is a wiring mistake. */
export const caseFactsOf = (req: PayloadRequest, caseId: number | undefined): CaseFacts => {
  const facts = req.context.caseFacts?.[keyOf(caseId)]
  if (!facts) throw new Error('loadCaseFacts must run before the hooks that read the case facts.')
  return facts
}
