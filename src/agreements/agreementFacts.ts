import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Case, Guarantee } from '@/payload-types'
import type { BdmeEntryFacts } from '@/rules/bdme/bdmeEntry'
import type { ExistingAgreement } from '@/rules/agreements/oneAgreementPerDebt'
import type { AgreementStatus } from '@/rules/agreements/statuses'
import { STAGES, type Stage } from '@/rules/cases/stages'
import { BACKING_GUARANTEE_STATUSES } from '@/rules/guarantees/statuses'
import { loadLegalSettings, type LegalSettings } from '@/utilities/legalSettings'
import { idOf } from '@/utilities/idOf'

/** What an agreement's beforeChange hooks read besides the document, loaded once per save. */
export type AgreementFacts = {
  theCase: Pick<Case, 'id' | 'title' | 'stage' | 'subState' | 'pausedAt' | 'branch' | 'assignedFirm' | 'debtor' | 'measures'>
  /** Where the case works: a suspended case counts in the stage it stopped in (R-ROL-04). */
  workingStage: Stage
  /** The BDME register's rows of the debtor and of the third party who asks (R-AGR-02: the register is the truth). */
  debtorBdmeEntries: BdmeEntryFacts[]
  thirdPartyBdmeEntries: BdmeEntryFacts[]
  /** The guarantees backing this agreement: of its case, linked to it or to no agreement, offered or perfected (R-GAR-01…03). */
  guarantees: BackingGuarantee[]
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

/** What the approval reads of a guarantee (R-GAR-01…03, R-AGR-14). */
export type BackingGuarantee = Pick<Guarantee, 'id' | 'kind' | 'status' | 'value' | 'agreement'> & {
  encumbrance?: Pick<NonNullable<Guarantee['encumbrance']>, 'goodsAlreadyEmbargoed' | 'embargoedMeasure'> | null
}

const keyOf = (id: number | undefined) => (id === undefined ? 'new' : String(id))

const bdmeEntriesOf = async (req: PayloadRequest, partyId: number | undefined): Promise<BdmeEntryFacts[]> => {
  if (partyId === undefined) return []
  const { docs } = await req.payload.find({
    collection: SLUGS.bdmeEntries,
    where: { party: { equals: partyId } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { reportedOn: true, withdrawnOn: true },
    overrideAccess: true,
    req,
  })
  return docs
}

const backingGuarantees = async (req: PayloadRequest, caseId: number, agreementId: number | undefined): Promise<BackingGuarantee[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.guarantees,
    where: {
      and: [
        { case: { equals: caseId } },
        { status: { in: BACKING_GUARANTEE_STATUSES } },
        { or: [{ agreement: { exists: false } }, ...(agreementId === undefined ? [] : [{ agreement: { equals: agreementId } }])] },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
    select: { kind: true, status: true, value: true, agreement: true, encumbrance: { goodsAlreadyEmbargoed: true, embargoedMeasure: true } },
    overrideAccess: true,
    req,
  })
  return docs
}

/** Loads the facts of the agreement being saved: its case, the BDME register, the guarantees, the debtor's other agreements, the settings. */
export const loadAgreementFacts = async (
  req: PayloadRequest,
  input: { id: number | undefined; caseId: number; thirdPartyId: number | undefined },
): Promise<AgreementFacts> => {
  const theCase = await req.payload.findByID({
    collection: SLUGS.cases,
    id: input.caseId,
    depth: 0,
    select: { title: true, stage: true, subState: true, pausedAt: true, branch: true, assignedFirm: true, debtor: true, measures: true },
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
    debtorBdmeEntries: await bdmeEntriesOf(req, debtorId),
    thirdPartyBdmeEntries: await bdmeEntriesOf(req, input.thirdPartyId),
    guarantees: await backingGuarantees(req, input.caseId, input.id),
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
