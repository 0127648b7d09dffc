import type { Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { BdmeEntry, Guarantee, Party } from '@/payload-types'
import { randomDigits } from './fixtures'

type Side = 'bog' | 'med'
type Row = { id: number }
type Json = Record<string, any>

/** The slugs of issue 10 items 5–6 (guarantees and the BDME register). */
export const GUARANTEE_SLUGS = [SLUGS.guarantees, SLUGS.bdmeEntries] as const
export type GuaranteeSlug = (typeof GUARANTEE_SLUGS)[number]

const system = { overrideAccess: true, depth: 0 } as const

/** A bank guarantee (no goods, so no appraisal) on a case, worth more than any fixture's debt. */
export const bankGuaranteeData = (caseId: number, owner: number, extra: Json = {}) => ({
  case: caseId,
  owner,
  kind: 'GARANTIA_BANCARIA',
  status: 'PROPUESTA',
  value: 900_000_000,
  goodsDescription: `Garantía bancaria ${randomDigits(6)}`,
  ...extra,
})

/** A report to the BDME of a party, as the executor officer files it. */
export const bdmeReportData = (party: number, extra: Json = {}) => ({
  party,
  obligation: `OBL-${randomDigits(6)}`,
  amount: 12_500_000,
  obligationDate: '2026-02-15',
  reportedOn: '2026-06-10',
  reason: 'Incumplimiento del acuerdo de pago',
  ...extra,
})

/**
 * One guarantee per side's case and one BDME report in force per side's debtor (so the debtors'
 * derived flags are filled in), plus a debtor per side with no report for new reports.
 */
export const buildGuaranteeRows = async (
  payload: Payload,
  world: { cases: Record<Side, Row>; parties: Record<'debtorBog' | 'debtorMed', Party>; branches: Record<Side, Row>; tag: string },
) => {
  const create = async <T>(collection: GuaranteeSlug | typeof SLUGS.parties, data: Json): Promise<T> =>
    (await payload.create({ collection, data: data as never, ...system })) as T
  const debtors = { bog: world.parties.debtorBog, med: world.parties.debtorMed }
  const unreported = async (side: Side) =>
    create<Party>(SLUGS.parties, { idType: 'CC', idNumber: `1${randomDigits(9)}`, firstName: 'SinReporte', lastName: world.tag, branch: world.branches[side].id })
  return {
    guarantees: {
      bog: await create<Guarantee>(SLUGS.guarantees, bankGuaranteeData(world.cases.bog.id, debtors.bog.id)),
      med: await create<Guarantee>(SLUGS.guarantees, bankGuaranteeData(world.cases.med.id, debtors.med.id)),
    },
    bdmeEntries: {
      bog: await create<BdmeEntry>(SLUGS.bdmeEntries, bdmeReportData(debtors.bog.id)),
      med: await create<BdmeEntry>(SLUGS.bdmeEntries, bdmeReportData(debtors.med.id)),
    },
    unreported: { bog: await unreported('bog'), med: await unreported('med') },
    cases: world.cases,
    debtors,
  }
}

export type GuaranteeRows = Awaited<ReturnType<typeof buildGuaranteeRows>>

/** Rows of the actor's own side and of the other (scope is the case's branch and firm; the register is national). */
export const guaranteeRowsFor = (rows: GuaranteeRows, slug: GuaranteeSlug): { own: Row; other: Row } =>
  slug === SLUGS.guarantees ? { own: rows.guarantees.bog, other: rows.guarantees.med } : { own: rows.bdmeEntries.bog, other: rows.bdmeEntries.med }

/** Data of a new row on one side, as a case worker (guarantee) or the executor officer (report) sends it. */
export const newGuaranteeRowData = (rows: GuaranteeRows, slug: GuaranteeSlug, side: Side): Json =>
  slug === SLUGS.guarantees ? bankGuaranteeData(rows.cases[side].id, rows.debtors[side].id) : bdmeReportData(rows.unreported[side].id)

/** A visible change to a row, how to tell it happened, and how to undo it (a report itself is never rewritten: its filing reference is). */
export const guaranteePatchFor = (slug: GuaranteeSlug, row: Json, text: string) =>
  slug === SLUGS.guarantees
    ? { data: { goodsDescription: text }, applied: (r: Json) => r.goodsDescription === text, restore: { goodsDescription: row.goodsDescription } }
    : { data: { filingReference: text }, applied: (r: Json) => r.filingReference === text, restore: { filingReference: row.filingReference ?? null } }
