import type { PayloadRequest, Where } from 'payload'

import { loadNotificationsOfCases } from '@/cases/loadCaseNotifications'
import { SLUGS } from '@/constants/slugs'
import { isDatabaseUnavailable } from '@/db/databaseUnavailable'
import { nextAutomaticMove } from '@/rules/cases/automaticMoves'
import { STAGES, SUB_STATE, WORKING_STAGES } from '@/rules/cases/stages'
import { day } from '@/rules/calendar'
import { isInsolvent, NO_INSOLVENCY } from '@/rules/parties/insolvency'
import { idOf } from '@/utilities/idOf'
import { withContext } from '@/utilities/withContext'
import { byIdPages } from './byIdPages'
import { inPageTransaction } from './inPageTransaction'

export type CaseMove = { caseId: number; to: string; rule: string }
type Candidate = { id: number; stage: any; subState: any; debtor: number; lcd?: any; paymentOrder?: any }

/** A move refused inside a page: the page is rolled back and run again without it. */
class RefusedMove extends Error {
  constructor(
    readonly caseId: number,
    readonly stepsDone: number,
    readonly refusal: unknown,
  ) {
    super(`Expediente ${caseId}: ${(refusal as Error).message}`)
  }
}

/**
 * Step 2 of the daily sweep: the moves the law makes by itself (`nextAutomaticMove`: LCD notified,
 * LCD final, payment order notified, debtor insolvent), applied as the system through the case's
 * hooks and rules (audit trail, case file), page by page, each page in its own transaction. What
 * the hooks read besides the case — the debtor's insolvency and the case's notification records —
 * is loaded once per page and handed to them in `req.context.preloadedCaseFacts` (the settings and
 * calendar already are, in `legalSettings`).
 * A move a rule refuses rolls its page back (Payload ends the transaction of a failed write); the
 * page is run again with that case stopped where it was refused, and the refusal is reported, so
 * one refused case never holds back the others.
 */
export async function applyAutomaticMoves(
  req: PayloadRequest,
  { asOf, pageSize, onPage }: { asOf: string; pageSize: number; onPage?: () => Promise<void> },
): Promise<{ moved: CaseMove[]; errors: string[] }> {
  const result = { moved: [] as CaseMove[], errors: [] as string[] }
  const insolvent = (
    await req.payload.find({
      collection: SLUGS.parties,
      where: { insolvencyStatus: { not_equals: NO_INSOLVENCY } },
      pagination: false,
      depth: 0,
      select: { idNumber: true },
      overrideAccess: true,
      req,
    })
  ).docs.map((p) => p.id)
  const candidates: Where = {
    or: [
      { and: [{ stage: { equals: STAGES.preLegal } }, { subState: { in: [SUB_STATE.lcdInNotification, SUB_STATE.lcdNotified] } }] },
      { and: [{ stage: { equals: STAGES.coactive } }, { subState: { equals: SUB_STATE.paymentOrderIssued } }] },
      ...(insolvent.length > 0 ? [{ and: [{ stage: { in: [...WORKING_STAGES] } }, { debtor: { in: insolvent } }] }] : []),
    ],
  }
  const insolventSet = new Set(insolvent.map(String))
  const select = { stage: true, subState: true, debtor: true, lcd: true, paymentOrder: true }
  for await (const page of byIdPages<Candidate>(req, SLUGS.cases, candidates, select, pageSize)) {
    const plans = page
      .map((c) => ({ c, moves: movesOf(c, insolventSet.has(String(idOf(c.debtor))), asOf) }))
      .filter((p) => p.moves.length > 0)
    if (plans.length === 0) {
      await onPage?.()
      continue
    }
    const preloadedCaseFacts = await factsOfPage(req, plans.map((p) => p.c))
    // Per case, how many of its moves may be applied (lowered when a rule refuses one).
    const allowed = new Map(plans.map((p) => [p.c.id, p.moves.length]))
    for (;;) {
      try {
        const moved = await inPageTransaction(req, (pageReq) =>
          withContext(pageReq, { preloadedCaseFacts }, async () => {
            const done: CaseMove[] = []
            for (const { c, moves } of plans) {
              const steps = moves.slice(0, allowed.get(c.id))
              for (const [i, move] of steps.entries()) {
                try {
                  await req.payload.update({ collection: SLUGS.cases, id: c.id, data: move.to as never, depth: 0, overrideAccess: true, req: pageReq })
                } catch (error) {
                  // Without the database the rest of the sweep cannot run either: fail, and the job retries.
                  if (isDatabaseUnavailable(error)) throw error
                  throw new RefusedMove(c.id, i, error)
                }
                done.push({ caseId: c.id, to: `${move.to.stage}/${move.to.subState}`, rule: move.rule })
              }
            }
            return done
          }),
        )
        result.moved.push(...moved)
        break
      } catch (error) {
        if (!(error instanceof RefusedMove)) throw error
        result.errors.push(error.message)
        allowed.set(error.caseId, error.stepsDone)
      }
    }
    await onPage?.()
  }
  return result
}

/** The chain of automatic moves the case takes on `asOf` (at most three: notified, final, …). */
const movesOf = (c: Candidate, debtorInsolvent: boolean, asOf: string) => {
  const moves: NonNullable<ReturnType<typeof nextAutomaticMove>>[] = []
  let position = { stage: c.stage, subState: c.subState }
  for (let step = 0; step < 3; step++) {
    const move = nextAutomaticMove(
      {
        ...position,
        debtorInsolvent,
        lcdNotifiedOn: day(c.lcd?.notifiedOn),
        titleFinalOn: day(c.lcd?.finalOn),
        paymentOrderNotifiedOn: day(c.paymentOrder?.notifiedOn),
      },
      asOf,
    )
    if (!move) break
    moves.push(move)
    position = move.to
  }
  return moves
}

/** The debtors and notification records of the page's cases, in two queries (what loadCaseFacts reads per save). */
const factsOfPage = async (req: PayloadRequest, cases: Candidate[]) => {
  const notifications = await loadNotificationsOfCases(req, cases.map((c) => c.id))
  const { docs: debtors } = await req.payload.find({
    collection: SLUGS.parties,
    where: { id: { in: [...new Set(cases.map((c) => Number(idOf(c.debtor))))] } },
    pagination: false,
    depth: 0,
    select: { insolvencyStatus: true, cannotBeLocated: true },
    overrideAccess: true,
    req,
  })
  const debtorById = new Map(debtors.map((d) => [d.id, { insolvent: isInsolvent(d.insolvencyStatus), cannotBeLocated: Boolean(d.cannotBeLocated) }]))
  return Object.fromEntries(
    cases.map((c) => [String(c.id), { debtor: debtorById.get(Number(idOf(c.debtor)))!, notifications: notifications.get(c.id) ?? [] }]),
  )
}
