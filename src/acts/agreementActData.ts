import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Agreement, Guarantee, Party } from '@/payload-types'
import { day } from '@/rules/calendar'
import { voidResolutionFor, type VoidResolution } from '@/rules/agreements/defaultTerms'
import { PERIODICITY_OPTIONS } from '@/rules/agreements/statuses'
import { GUARANTEE_KIND_OPTIONS } from '@/rules/guarantees/kinds'
import { RuleViolation } from '@/rules/ruleViolation'
import type { RatePeriod } from '@/rules/cases/interest'
import { idOf } from '@/utilities/idOf'

export type AgreementInstalmentLine = { number: number; dueOn: string; amount: number; paidAmount: number; pays: string }

/**
 * What the acts of a payment agreement say (R-AGR-07, R-AGR-11, R-AGR-12), loaded from the agreement
 * into plain data: parties, obligations and amounts, rate, schedule, guarantees, the demand and,
 * once the demand's term has passed, the void decision.
 */
export type AgreementActData = {
  id: number
  title: string
  requestedOn: string | null
  approvedOn: string | null
  requester: { kind: 'DEUDOR' | 'TERCERO'; name: string | null; idNumber: string | null; address: string | null; phone: string | null }
  /** R-AGR-01: the third party who asked on the debtor's behalf, jointly liable for the whole debt. */
  thirdParty: { name: string; idType: string; idNumber: string; jointlyLiable: boolean } | null
  obligations: { period: string; concept: string; capital: number }[]
  capital: number
  interest: number
  costs: number
  total: number
  downPayment: number
  termMonths: number
  periodicity: string
  outstanding: number
  /** R-AGR-07: the moratorium rate in force on the act's date; each payment bears the one in force on its day. */
  rateInForce: string | null
  instalments: AgreementInstalmentLine[]
  guarantees: { kind: string; description: string; value: number | null; status: string }[]
  demand: { on: string | null; dueOn: string | null }
  /** R-AGR-12: what the void resolution declares; null while the demand's term runs. */
  voidDecision: VoidResolution | null
  /** The stage the case stopped in when the agreement suspended it (R-AGR-07: the order to suspend a coactive proceeding). */
  workingStage: string
}

const partyName = (p: Pick<Party, 'displayName' | 'businessName' | 'firstName' | 'lastName'>) =>
  p.displayName ?? p.businessName ?? [p.firstName, p.lastName].filter(Boolean).join(' ')

/** The granted (or void) agreement of a case that its acts speak of: the latest one that was granted. */
export const findCaseAgreement = async (req: PayloadRequest, caseId: number): Promise<Agreement> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.agreements,
    where: { and: [{ case: { equals: caseId } }, { status: { in: ['APROBADO', 'EN_REQUERIMIENTO', 'SIN_VIGENCIA', 'CUMPLIDO'] } }] },
    sort: '-approvedOn',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) throw new RuleViolation('R-AGR-07', 'El expediente no tiene un acuerdo de pago concedido del cual expedir este acto.', 409)
  return docs[0] as Agreement
}

const rateOn = (rates: RatePeriod[], date: string): string | null => rates.find((r) => r.from <= date && date <= r.to)?.annualRatePercent ?? null

/** Loads the agreement, its instalments and its case's guarantees for its acts, as of `date`. */
export const loadAgreementActData = async (
  req: PayloadRequest,
  input: { agreement: Agreement; date: string; rates: RatePeriod[]; workingStage: string },
): Promise<AgreementActData> => {
  const a = input.agreement
  const { docs: rows } = await req.payload.find({
    collection: SLUGS.agreementInstalments,
    where: { agreement: { equals: a.id } },
    sort: 'number',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const instalments = rows.map((i) => ({ number: i.number, dueOn: day(i.dueOn)!, amount: i.amount, paidAmount: i.paidAmount ?? 0, pays: i.pays ?? '' }))
  const { docs: guarantees } = await req.payload.find({
    collection: SLUGS.guarantees,
    where: { and: [{ case: { equals: idOf(a.case) } }, { status: { not_in: ['SUSTITUIDA', 'LIBERADA'] } }] },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const thirdPartyId = idOf(a.thirdParty) as number | undefined
  const thirdParty = thirdPartyId
    ? await req.payload.findByID({ collection: SLUGS.parties, id: thirdPartyId, depth: 0, overrideAccess: true, req })
    : null
  const demandDueOn = day(a.demandDueOn)
  let voidDecision: VoidResolution | null = null
  try {
    voidDecision = voidResolutionFor({ today: input.date, demandDueOn, instalments })
  } catch (error) {
    if (!(error instanceof RuleViolation)) throw error
  }
  return {
    id: a.id,
    title: a.title ?? String(a.id),
    requestedOn: day(a.requestedOn),
    approvedOn: day(a.approvedOn),
    requester: {
      kind: (a.requesterKind ?? 'DEUDOR') as 'DEUDOR' | 'TERCERO',
      name: a.requesterName ?? null,
      idNumber: a.requesterIdNumber ?? null,
      address: a.address ?? null,
      phone: a.phone ?? null,
    },
    thirdParty: thirdParty && { name: partyName(thirdParty), idType: thirdParty.idType, idNumber: thirdParty.idNumber, jointlyLiable: Boolean(a.thirdPartyJointlyLiable) },
    obligations: (a.obligations ?? []).map((o) => ({ period: o.period, concept: o.concept, capital: o.capital })),
    capital: a.capital ?? 0,
    interest: a.interest ?? 0,
    costs: a.costs ?? 0,
    total: a.total ?? 0,
    downPayment: a.downPayment ?? 0,
    termMonths: a.termMonths,
    periodicity: PERIODICITY_OPTIONS.find((p) => p.value === a.periodicity)?.label ?? String(a.periodicity),
    outstanding: a.outstanding ?? instalments.reduce((sum, i) => sum + i.amount - i.paidAmount, 0),
    rateInForce: rateOn(input.rates, input.date),
    instalments,
    guarantees: (guarantees as Guarantee[]).map((g) => ({
      kind: GUARANTEE_KIND_OPTIONS.find((k) => k.value === g.kind)?.label ?? g.kind,
      description: g.goodsDescription,
      value: g.value ?? null,
      status: g.status,
    })),
    demand: { on: day(a.demandOn), dueOn: demandDueOn },
    voidDecision,
    workingStage: input.workingStage,
  }
}
