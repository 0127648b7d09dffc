import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Case } from '@/payload-types'
import type { ExistingAgreement } from '@/rules/agreements/oneAgreementPerDebt'
import type { AgreementStatus } from '@/rules/agreements/statuses'
import { STAGES, type Stage } from '@/rules/cases/stages'
import { loadLegalSettings, type LegalSettings } from '@/utilities/legalSettings'
import { idOf } from '@/utilities/idOf'

/** What an agreement's beforeChange hooks read besides the document, loaded once per save. */
export type AgreementFacts = {
  theCase: Pick<Case, 'id' | 'stage' | 'subState' | 'pausedAt' | 'branch' | 'assignedFirm' | 'debtor'>
  /** Where the case works: a suspended case counts in the stage it stopped in (R-ROL-04). */
  workingStage: Stage
  debtorOnBdme: boolean
  thirdPartyOnBdme: boolean
  /** The debtor's other agreements, for R-AGR-04. */
  others: ExistingAgreement[]
  settings: LegalSettings
}

declare module 'payload' {
  interface RequestContext {
    /** Per agreement id ('new' while creating): the facts `loadAgreementFacts` read for the save under way. */
    agreementFacts?: Record<string, AgreementFacts>
  }
}

const keyOf = (id: number | undefined) => (id === undefined ? 'new' : String(id))

const onBdme = async (req: PayloadRequest, partyId: number | undefined): Promise<boolean> => {
  if (partyId === undefined) return false
  const party = await req.payload.findByID({ collection: SLUGS.parties, id: partyId, depth: 0, select: { reportedToBdme: true }, overrideAccess: true, req })
  return Boolean(party.reportedToBdme)
}

/** Loads the facts of the agreement being saved: its case, the BDME flags, the debtor's other agreements, the settings. */
export const loadAgreementFacts = async (
  req: PayloadRequest,
  input: { id: number | undefined; caseId: number; thirdPartyId: number | undefined },
): Promise<AgreementFacts> => {
  const theCase = await req.payload.findByID({
    collection: SLUGS.cases,
    id: input.caseId,
    depth: 0,
    select: { stage: true, subState: true, pausedAt: true, branch: true, assignedFirm: true, debtor: true },
    overrideAccess: true,
    req,
  })
  const debtorId = idOf(theCase.debtor) as number
  const { docs } = await req.payload.find({
    collection: SLUGS.agreements,
    where: { and: [{ debtor: { equals: debtorId } }, ...(input.id === undefined ? [] : [{ id: { not_equals: input.id } }])] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { status: true, obligations: true },
    overrideAccess: true,
    req,
  })
  const facts: AgreementFacts = {
    theCase,
    workingStage: (theCase.stage === STAGES.suspended ? (theCase.pausedAt?.stage ?? theCase.stage) : theCase.stage) as Stage,
    debtorOnBdme: await onBdme(req, debtorId),
    thirdPartyOnBdme: await onBdme(req, input.thirdPartyId),
    others: docs.map((a) => ({
      id: a.id,
      status: a.status as AgreementStatus,
      obligations: (a.obligations ?? []).map((o) => ({ period: o.period, concept: o.concept })),
    })),
    settings: await loadLegalSettings(req),
  }
  req.context.agreementFacts = { ...req.context.agreementFacts, [keyOf(input.id)]: facts }
  return facts
}

/** The facts `loadAgreementFacts` left for this save; a hook listed before it is a wiring mistake. */
export const agreementFactsOf = (req: PayloadRequest, id: number | undefined): AgreementFacts => {
  const facts = req.context.agreementFacts?.[keyOf(id)]
  if (!facts) throw new Error('loadAgreementFacts must run before the hooks that read the agreement facts.')
  return facts
}
