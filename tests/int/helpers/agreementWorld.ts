import type { Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Agreement, AgreementInstalment, Case, Party } from '@/payload-types'
import type { AccessWorld } from './accessWorld'
import { debtLine } from './caseWorld'
import { createParty } from './fixtures'

type Side = 'bog' | 'med'
type Row = { id: number }
type Json = Record<string, any>

/** The slugs of issue 10 (payment agreements). */
export const AGREEMENT_SLUGS = [SLUGS.agreements, SLUGS.agreementInstalments] as const
export type AgreementSlug = (typeof AGREEMENT_SLUGS)[number]

const system = { overrideAccess: true, depth: 0 } as const

/**
 * A complete written request (R-AGR-01) as a client sends it: select fields with a default are
 * given explicitly (GraphQL's input types require them). One obligation of `capital`, interest and
 * costs on top, the minimum 10% down payment unless given.
 */
export const agreementRequestData = (caseId: number, overrides: Json = {}): Json => {
  const { capital = 2_000_000, period = '2026-04', ...rest } = overrides
  const interest = rest.interest ?? 0
  const costs = rest.costs ?? 0
  return {
    case: caseId,
    status: 'SOLICITADO',
    requestedOn: '2026-11-02',
    city: 'Bogotá',
    requesterKind: 'DEUDOR',
    requesterName: 'Deudor de prueba',
    requesterIdNumber: '79123456',
    address: 'Calle 10 # 20-30',
    phone: '3001234567',
    reasons: 'Disminución temporal de ingresos.',
    obligations: [{ period, concept: 'APORTES_EN_MORA', capital }],
    interest,
    costs,
    downPayment: Math.ceil((capital + interest + costs) / 10),
    termMonths: 3,
    periodicity: 'MENSUAL',
    guaranteeClass: 'NINGUNA',
    thirdPartyJointlyLiable: false,
    ...rest,
  }
}

/** A debtor not on the BDME (R-AGR-02), assigned to the side's firm, with an open persuasive case. */
export const openDebtorCase = async (payload: Payload, world: AccessWorld, side: Side, capital = 2_000_000): Promise<{ debtor: Party; theCase: Case }> => {
  const debtor = (await createParty(payload, {
    branch: world.branches[side].id,
    assignedFirm: side === 'bog' ? world.users.firmA.id : world.users.firmB.id,
    firstName: `Acuerdo ${side}`,
  })) as Party
  const theCase = (await payload.create({
    collection: SLUGS.cases,
    data: { debtor: debtor.id, debtLines: [debtLine(capital, '2026-04-15')] } as never,
    ...system,
  })) as Case
  return { debtor, theCase }
}

/** Per side: a case, an agreement requested on it and one instalment row (written as the system would). */
export const buildAgreementRows = async (payload: Payload, world: AccessWorld) => {
  const sideRows = async (side: Side) => {
    const { theCase } = await openDebtorCase(payload, world, side)
    const agreement = (await payload.create({ collection: SLUGS.agreements, data: agreementRequestData(theCase.id) as never, ...system })) as Agreement
    const instalment = (await payload.create({
      collection: SLUGS.agreementInstalments,
      data: {
        agreement: agreement.id,
        case: theCase.id,
        number: 1,
        dueOn: '2026-12-15T12:00:00.000Z',
        amount: 600_000,
        status: 'PENDIENTE',
        branch: world.branches[side].id,
        assignedFirm: side === 'bog' ? world.users.firmA.id : world.users.firmB.id,
      } as never,
      ...system,
    })) as AgreementInstalment
    return { theCase, agreement, instalment }
  }
  const bog = await sideRows('bog')
  const med = await sideRows('med')
  return {
    cases: { bog: bog.theCase, med: med.theCase },
    agreements: { bog: bog.agreement, med: med.agreement },
    instalments: { bog: bog.instalment, med: med.instalment },
  }
}

export type AgreementRows = Awaited<ReturnType<typeof buildAgreementRows>>

const rowsOf = (rows: AgreementRows, slug: AgreementSlug): { bog: Row; med: Row } =>
  slug === SLUGS.agreements ? rows.agreements : rows.instalments

/** The own (Bogotá, firm A) and the other (Medellín, firm B) row of a collection. */
export const agreementRowsFor = (rows: AgreementRows, slug: AgreementSlug) => ({ own: rowsOf(rows, slug).bog, other: rowsOf(rows, slug).med })

/** Data of a new row on one side: another obligation of the side's case, so R-AGR-04 does not refuse it. */
export const newAgreementRowData = (rows: AgreementRows, slug: AgreementSlug, side: Side): Json =>
  slug === SLUGS.agreements
    ? agreementRequestData(rows.cases[side].id, { period: '2026-05' })
    : { agreement: rows.agreements[side].id, case: rows.cases[side].id, number: 2, dueOn: '2027-01-15T12:00:00.000Z', amount: 1_000, status: 'PENDIENTE' }

/** A visible change to a row, how to tell it happened, and how to undo it. */
export const agreementPatchFor = (slug: AgreementSlug, row: Json, text: string) =>
  slug === SLUGS.agreements
    ? { data: { reasons: text }, applied: (r: Json) => r.reasons === text, restore: { reasons: row.reasons ?? null } }
    : { data: { pays: text }, applied: (r: Json) => r.pays === text, restore: { pays: row.pays ?? null } }
