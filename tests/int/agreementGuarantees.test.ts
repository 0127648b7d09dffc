import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { requestExtensionWorkflow } from '@/agreements/extension/requestExtensionWorkflow'
import { EXTENSION_STEPS } from '@/agreements/extension/types'
import { SLUGS } from '@/constants/slugs'
import type { Agreement, AgreementInstalment, Case, Guarantee, User } from '@/payload-types'
import { agreementRequestData, openDebtorCase } from './helpers/agreementWorld'
import { buildCaseWorld, type CaseWorld } from './helpers/caseWorld'
import { bankGuaranteeData, bdmeReportData } from './helpers/guaranteeWorld'
import { expectLocalRule, expectRestDenied, expectRestRule } from './helpers/refusals'
import { clientFor } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'

/** SMMLV 2026 as the settings hold it; the moratorium rate of 2026 is 26,76 % a year (caseWorld). */
const SMMLV = 1_750_905
/** Tue 3 Nov 2026: the day the agreements of this file are granted. */
const TODAY = '2026-11-03'

let world: CaseWorld

const system = { overrideAccess: true, depth: 0 } as const
const as = (user: User, asOf = TODAY) => ({ overrideAccess: false, user, depth: 0, context: { asOf } }) as const
const request = (user: User, caseId: number, overrides: Record<string, unknown> = {}) =>
  payload.create({ collection: SLUGS.agreements, data: agreementRequestData(caseId, overrides) as never, ...as(user) }) as Promise<Agreement>
const update = (user: User, id: number, data: Record<string, unknown>) =>
  payload.update({ collection: SLUGS.agreements, id, data: data as never, ...as(user) }) as Promise<Agreement>
const stored = (id: number) => payload.findByID({ collection: SLUGS.agreements, id, depth: 0 }) as Promise<Agreement>
const caseOf = (id: number) => payload.findByID({ collection: SLUGS.cases, id, depth: 0 }) as Promise<Case>
const instalments = async (agreementId: number) =>
  (await payload.find({ collection: SLUGS.agreementInstalments, where: { agreement: { equals: agreementId } }, sort: 'number', depth: 0, pagination: false }))
    .docs as AgreementInstalment[]
const events = async (caseId: number) =>
  (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: caseId } }, sort: 'createdAt', limit: 0, pagination: false, depth: 0 })).docs.map(
    (e) => e.summary,
  )

/** A perfected bank guarantee (no goods: no appraisal) on a case, worth `value`. */
const perfectedGuarantee = async (caseId: number, owner: number, value: number, extra: Record<string, unknown> = {}) =>
  (await payload.create({
    collection: SLUGS.guarantees,
    data: bankGuaranteeData(caseId, owner, { value, status: 'PERFECCIONADA', perfectedOn: '2026-11-02', ...extra }) as never,
    ...system,
    context: { asOf: TODAY },
  })) as Guarantee

/** Fixture: a case moved straight to the coactive stage, with precautionary measures (as agreements.test.ts does). */
const coactiveCaseWithMeasures = async (capital: number) => {
  const { debtor, theCase } = await openDebtorCase(payload, world, 'bog', capital)
  const moved = (await payload.update({
    collection: SLUGS.cases,
    id: theCase.id,
    data: {
      stage: 'COACTIVO',
      subState: 'MANDAMIENTO_LIBRADO',
      measures: [
        { kind: 'EMBARGO', description: 'Inmueble matrícula 50C-777', amount: 8_000_000, orderedOn: '2026-10-01' },
        { kind: 'EMBARGO', description: 'Cuenta de ahorros 0099', amount: 4_000_000, orderedOn: '2026-10-01' },
      ],
    } as never,
    context: { deadlinesOnly: true },
    ...system,
  })) as Case
  const [house, account] = moved.measures!.map((m) => String(m.id))
  return { debtor, theCase: moved, house: house!, account: account! }
}

/** The down payment marked paid, as the payments workflow leaves it (the extension asks for an agreement being met). */
const payDownPayment = async (agreementId: number) => {
  const [down] = await instalments(agreementId)
  await payload.update({ collection: SLUGS.agreementInstalments, id: down!.id, data: { paidAmount: down!.amount, status: 'PAGADA' }, ...system })
}

const extend = async (user: User, id: number, input: { termMonths: number; reason: string; requestedOn?: string }, asOf: string, afterStep?: (s: string) => void) => {
  const req = await createLocalReq({ user: { ...user, collection: SLUGS.users } as never, context: { asOf } }, payload)
  return requestExtensionWorkflow(req, { id, input }, { afterStep })
}

const { payload } = await initTestApp()

beforeAll(async () => {
  world = await buildCaseWorld(payload)
}, 120_000)

describe('guarantees when the agreement is granted (R-GAR-01, R-GAR-02, R-GAR-03)', () => {
  it('R-GAR-01 over 10 SMMLV without a guarantee the approval is refused (Local API and REST), nothing written; exactly 10 SMMLV needs none', async () => {
    const capital = 10 * SMMLV + 1
    const { theCase } = await openDebtorCase(payload, world, 'bog', capital)
    const a = await request(world.users.professionalBog, theCase.id, { capital, termMonths: 8 })
    await expectLocalRule(update(world.users.branchManagerBog, a.id, { status: 'APROBADO' }), 400, 'R-GAR-01')
    const client = await clientFor(world.users.branchManagerBog)
    expectRestRule(await client.rest('PATCH', `/${SLUGS.agreements}/${a.id}`, { status: 'APROBADO' }), 400, 'R-GAR-01')
    expect((await stored(a.id)).status).toBe('SOLICITADO')
    expect(await instalments(a.id)).toHaveLength(0)
    expect((await caseOf(theCase.id)).stage).toBe('PERSUASIVO')

    const exactly = await openDebtorCase(payload, world, 'bog', 10 * SMMLV)
    const b = await request(world.users.professionalBog, exactly.theCase.id, { capital: 10 * SMMLV, termMonths: 8 })
    expect(await update(world.users.branchManagerBog, b.id, { status: 'APROBADO' })).toMatchObject({ status: 'APROBADO' })
  })

  it('R-GAR-03 a guarantee not yet perfected blocks the approval (409, nothing written); perfected, it is granted and the guarantee linked', async () => {
    const capital = 20_000_000
    const { debtor, theCase } = await openDebtorCase(payload, world, 'bog', capital)
    const offered = (await payload.create({
      collection: SLUGS.guarantees,
      data: bankGuaranteeData(theCase.id, debtor.id, { value: 30_000_000 }) as never,
      ...system,
    })) as Guarantee
    const a = await request(world.users.professionalBog, theCase.id, { capital, termMonths: 8 })
    await expectLocalRule(update(world.users.branchManagerBog, a.id, { status: 'APROBADO' }), 409, 'R-GAR-03')
    expect((await stored(a.id)).status).toBe('SOLICITADO')
    expect(await instalments(a.id)).toHaveLength(0)
    expect((await payload.findByID({ collection: SLUGS.guarantees, id: offered.id, depth: 0 })).agreement ?? null).toBeNull()

    await payload.update({ collection: SLUGS.guarantees, id: offered.id, data: { status: 'PERFECCIONADA', perfectedOn: '2026-11-02' }, ...system, context: { asOf: TODAY } })
    expect(await update(world.users.branchManagerBog, a.id, { status: 'APROBADO' })).toMatchObject({ status: 'APROBADO' })
    expect(await instalments(a.id)).toHaveLength(9)
    expect((await payload.findByID({ collection: SLUGS.guarantees, id: offered.id, depth: 0 })).agreement).toBe(a.id)
  })

  it('R-GAR-02 guarantees one peso short of capital + interest projected over the term + costs are refused; topped up, granted', async () => {
    // 20.000.000 × 26,76 % / 12 = 446.000 a month; 8 months = 3.568.000; + 150.000 liquidated + 50.000 costs = 23.768.000.
    const capital = 20_000_000
    const { debtor, theCase } = await openDebtorCase(payload, world, 'bog', capital)
    await perfectedGuarantee(theCase.id, debtor.id, 23_767_999)
    const a = await request(world.users.professionalBog, theCase.id, { capital, interest: 150_000, costs: 50_000, termMonths: 8 })
    await expectLocalRule(
      update(world.users.branchManagerBog, a.id, { status: 'APROBADO' }),
      409,
      'R-GAR-02',
      'Las garantías (23767999 pesos) no cubren capital, intereses proyectados y costas (23768000 pesos): faltan 1 pesos.',
    )
    expect((await stored(a.id)).status).toBe('SOLICITADO')
    expect(await instalments(a.id)).toHaveLength(0)
    await perfectedGuarantee(theCase.id, debtor.id, 1)
    expect(await update(world.users.branchManagerBog, a.id, { status: 'APROBADO' })).toMatchObject({ status: 'APROBADO' })
  })

  it('R-GAR-02 a guarantee names an agreement of its own case only', async () => {
    const one = await openDebtorCase(payload, world, 'bog')
    const other = await openDebtorCase(payload, world, 'bog')
    const a = await request(world.users.professionalBog, one.theCase.id)
    const client = await clientFor(world.users.professionalBog)
    const res = await client.rest('POST', `/${SLUGS.guarantees}`, bankGuaranteeData(other.theCase.id, other.debtor.id, { agreement: a.id }))
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.message).toMatch(/^R-GAR-02: /)
    expect((await payload.count({ collection: SLUGS.guarantees, where: { case: { equals: other.theCase.id } } })).totalDocs).toBe(0)
  })
})

describe('R-AGR-02 the BDME register is the truth', () => {
  const report = (party: number) => payload.create({ collection: SLUGS.bdmeEntries, data: bdmeReportData(party) as never, ...system })

  it('R-AGR-02 a debtor with a report in force is refused over REST (409), nothing written; once withdrawn the request is taken', async () => {
    const { debtor, theCase } = await openDebtorCase(payload, world, 'bog')
    const entry = await report(debtor.id)
    const client = await clientFor(world.users.professionalBog)
    expectRestRule(await client.rest('POST', `/${SLUGS.agreements}`, agreementRequestData(theCase.id)), 409, 'R-AGR-02')
    expect((await payload.count({ collection: SLUGS.agreements, where: { case: { equals: theCase.id } } })).totalDocs).toBe(0)
    await payload.update({ collection: SLUGS.bdmeEntries, id: entry.id, data: { withdrawnOn: '2026-10-01', withdrawalReason: 'Pagó la obligación' } as never, ...system })
    expect(await request(world.users.professionalBog, theCase.id)).toMatchObject({ status: 'SOLICITADO' })
  })

  it('R-AGR-02 nor a jointly liable third party with a report in force', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    const { debtor: third } = await openDebtorCase(payload, world, 'bog')
    await report(third.id)
    const byThird = { requesterKind: 'TERCERO', thirdParty: third.id, thirdPartyJointlyLiable: true }
    const refusal = request(world.users.professionalBog, theCase.id, byThird)
    await expectLocalRule(refusal, 409, 'R-AGR-02')
    await expect(refusal).rejects.toMatchObject({ message: expect.stringContaining('El tercero solicitante') })
  })
})

describe('R-AGR-14 precautionary measures lifted on granting, except on the guaranteed goods', () => {
  it('R-AGR-14 lifting the measure on the guaranteed goods is refused (409), nothing written; the others are lifted with a case-file entry', async () => {
    const capital = 20_000_000
    const { debtor, theCase, house, account } = await coactiveCaseWithMeasures(capital)
    await perfectedGuarantee(theCase.id, debtor.id, 40_000_000, { encumbrance: { goodsAlreadyEmbargoed: true, embargoedMeasure: house } })
    const a = await request(world.users.executor, theCase.id, { capital, termMonths: 12 })
    await expectLocalRule(update(world.users.executor, a.id, { status: 'APROBADO', measuresToLift: [house, account] }), 409, 'R-AGR-14')
    const untouched = await caseOf(theCase.id)
    expect(untouched.stage).toBe('COACTIVO')
    expect(untouched.measures!.every((m) => !m.liftedOn)).toBe(true)
    expect((await stored(a.id)).status).toBe('SOLICITADO')

    await update(world.users.executor, a.id, { status: 'APROBADO', measuresToLift: [account] })
    const after = await caseOf(theCase.id)
    expect(after.measures!.map((m) => [String(m.id), m.liftedOn ? String(m.liftedOn).slice(0, 10) : null])).toEqual([
      [house, null],
      [account, TODAY],
    ])
    expect(after).toMatchObject({ stage: 'SUSPENDIDO', closure: { suspensionReason: 'ACUERDO_DE_PAGO' } })
    expect((await events(theCase.id)).some((s) => s.includes('Cuenta de ahorros 0099 levantado el'))).toBe(true)
    // Once granted, the choice is history.
    await expectLocalRule(update(world.users.executor, a.id, { measuresToLift: [] }), 409, 'R-AGR-14')
  })

  it('R-AGR-14 only measures of the agreement\'s own case: one of another case is refused over REST (400), nothing written on either case', async () => {
    const mine = await coactiveCaseWithMeasures(3_000_000)
    const other = await coactiveCaseWithMeasures(3_000_000)
    const a = await request(world.users.executor, mine.theCase.id, { capital: 3_000_000, termMonths: 3 })
    const client = await clientFor(world.users.executor)
    const res = await client.rest('PATCH', `/${SLUGS.agreements}/${a.id}`, { status: 'APROBADO', measuresToLift: [mine.account, other.account] })
    // A refusal about one field: the admin shows it on the measures picker.
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(res.body.errors?.[0]?.message).toBe(`R-AGR-14: La medida "${other.account}" no es una medida cautelar de este expediente.`)
    const kept = await stored(a.id)
    expect([kept.status, kept.measuresToLift ?? []]).toEqual(['SOLICITADO', []])
    for (const id of [mine.theCase.id, other.theCase.id]) {
      const untouched = await caseOf(id)
      expect([untouched.stage, untouched.measures!.every((m) => !m.liftedOn)]).toEqual(['COACTIVO', true])
    }
  })
})

describe('R-AGR-10 extension of the term', () => {
  /** Granted on TODAY by the Bogotá branch manager, down payment paid: instalments 1…n on 3 Dec, 4 Jan (3 Jan is a Sunday), 3 Feb… */
  const granted = async (capital: number, termMonths: number, guaranteeValue?: number) => {
    const { debtor, theCase } = await openDebtorCase(payload, world, 'bog', capital)
    if (guaranteeValue) await perfectedGuarantee(theCase.id, debtor.id, guaranteeValue)
    const a = await request(world.users.professionalBog, theCase.id, { capital, termMonths, requestedOn: TODAY })
    await update(world.users.branchManagerBog, a.id, { status: 'APROBADO' })
    await payDownPayment(a.id)
    return { agreement: await stored(a.id), theCase }
  }
  const reason = 'Cierre temporal de la planta por inundación, con soportes.'

  it('R-AGR-10 asked 29 days before the next instalment it applies from the following one; re-scheduled within the term, recorded, once only (REST refuses a second)', async () => {
    const { agreement, theCase } = await granted(5_000_000, 3)
    // Asked on 4 Nov: 29 days before instalment 1 (3 Dec), so instalment 1 stays and 2…6 share what 2 and 3 owed.
    const result = await extend(world.users.branchManagerBog, agreement.id, { termMonths: 6, reason, requestedOn: '2026-11-04' }, '2026-11-04')
    expect(result).toMatchObject({ fromInstalment: 2, termMonths: 6, extensionsGranted: 1 })
    const rows = await instalments(agreement.id)
    expect(rows.map((i) => [i.number, String(i.dueOn).slice(0, 10), i.amount])).toEqual([
      [0, '2026-11-03', 500_000],
      [1, '2026-12-03', 1_500_000],
      [2, '2027-01-04', 600_000],
      [3, '2027-02-03', 600_000],
      [4, '2027-03-03', 600_000],
      [5, '2027-04-05', 600_000],
      [6, '2027-05-03', 600_000],
    ])
    expect(await stored(agreement.id)).toMatchObject({
      termMonths: 3,
      extensionsGranted: 1,
      outstanding: 5_000_000,
      extension: { termMonths: 6, fromInstalment: 2, reason, grantedBy: world.users.branchManagerBog.id },
    })
    expect((await events(theCase.id)).some((s) => s.startsWith(`Ampliación del plazo del acuerdo ${agreement.id} (R-AGR-10): de 3 a 6 meses desde la cuota 2`))).toBe(true)

    const client = await clientFor(world.users.branchManagerBog)
    const second = await client.rest('POST', `/${SLUGS.agreements}/${agreement.id}/extension`, { termMonths: 8, reason })
    expectRestRule(second, 409, 'R-AGR-10')
    expect(second.body.errors[0].message).toContain('una sola vez')
    expect(await instalments(agreement.id)).toHaveLength(7)
  })

  it('R-AGR-10 asked 30 days before the next instalment it re-schedules from that one', async () => {
    const { agreement } = await granted(5_000_000, 3)
    const result = await extend(world.users.branchManagerBog, agreement.id, { termMonths: 4, reason }, '2026-11-03')
    expect(result.fromInstalment).toBe(1)
    expect((await instalments(agreement.id)).map((i) => i.amount)).toEqual([500_000, 1_125_000, 1_125_000, 1_125_000, 1_125_000])
  })

  it('R-AGR-05 the new term stays within the capital band (8 months up to 20 SMMLV); refused, nothing written', async () => {
    const { agreement, theCase } = await granted(5_000_000, 3)
    const before = (await instalments(agreement.id)).map((i) => [i.number, i.amount])
    const eventsBefore = (await events(theCase.id)).length
    await expect(extend(world.users.branchManagerBog, agreement.id, { termMonths: 9, reason }, TODAY)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^R-AGR-05: /) })
    expect((await instalments(agreement.id)).map((i) => [i.number, i.amount])).toEqual(before)
    expect((await stored(agreement.id)).extensionsGranted).toBe(0)
    expect((await events(theCase.id)).length).toBe(eventsBefore)
  })

  it('R-GAR-02 the guarantees are re-checked for the new term: short, the extension is refused and nothing is written', async () => {
    // 20.000.000: 6 months need 22.676.000, 8 months 23.568.000; the guarantee is worth 23.000.000.
    const { agreement } = await granted(20_000_000, 6, 23_000_000)
    const before = await instalments(agreement.id)
    await expect(extend(world.users.branchManagerBog, agreement.id, { termMonths: 8, reason }, TODAY)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('faltan 568000 pesos'),
    })
    expect(await instalments(agreement.id)).toHaveLength(before.length)
    expect((await stored(agreement.id)).extensionsGranted).toBe(0)
  })

  it('R-ROL-04 only a competent official extends: a professional is refused (403), a broker has no access; a failure mid-way leaves nothing', async () => {
    const { agreement } = await granted(5_000_000, 3)
    const professional = await clientFor(world.users.professionalBog)
    expectRestRule(await professional.rest('POST', `/${SLUGS.agreements}/${agreement.id}/extension`, { termMonths: 6, reason }), 403, 'R-ROL-04')
    expectRestDenied(await (await clientFor(world.users.brokerA)).rest('POST', `/${SLUGS.agreements}/${agreement.id}/extension`, { termMonths: 6, reason }), [403, 404])
    const manager = await clientFor(world.users.branchManagerBog)
    const bad = await manager.rest('POST', `/${SLUGS.agreements}/${agreement.id}/extension`, { termMonths: 6, reason: 'corto' })
    expect(bad.status).toBe(400)
    for (const failAfter of EXTENSION_STEPS) {
      await expect(
        extend(world.users.branchManagerBog, agreement.id, { termMonths: 6, reason }, TODAY, (step) => {
          if (step === failAfter) throw new Error(`fallo forzado tras ${step}`)
        }),
      ).rejects.toThrow(`fallo forzado tras ${failAfter}`)
    }
    expect(await instalments(agreement.id)).toHaveLength(4)
    expect((await stored(agreement.id)).extensionsGranted).toBe(0)
  })
})

describe('refusals over REST, nothing written (R-ROL-04, R-AGR-04, R-AGR-05, R-GAR-05, R-GAR-06)', () => {
  const agreementsOf = async (caseId: number) => (await payload.count({ collection: SLUGS.agreements, where: { case: { equals: caseId } } })).totalDocs
  const guaranteesOf = async (caseId: number) => (await payload.count({ collection: SLUGS.guarantees, where: { case: { equals: caseId } } })).totalDocs

  it('R-ROL-04 a branch manager approving in coactive gets 403 over REST; the request, its case and schedule are untouched', async () => {
    const { theCase } = await coactiveCaseWithMeasures(3_000_000)
    const a = await request(world.users.executor, theCase.id, { capital: 3_000_000, termMonths: 3 })
    const client = await clientFor(world.users.branchManagerBog)
    expectRestRule(await client.rest('PATCH', `/${SLUGS.agreements}/${a.id}`, { status: 'APROBADO' }), 403, 'R-ROL-04')
    expect((await stored(a.id)).status).toBe('SOLICITADO')
    expect(await instalments(a.id)).toHaveLength(0)
    expect((await caseOf(theCase.id)).stage).toBe('COACTIVO')
  })

  it('R-AGR-05 13 months over 20 SMMLV of 2026 is refused over REST on the term field; nothing stored', async () => {
    const capital = 20 * SMMLV + 1
    const { theCase } = await openDebtorCase(payload, world, 'bog', capital)
    const client = await clientFor(world.users.professionalBog)
    const res = await client.rest('POST', `/${SLUGS.agreements}`, agreementRequestData(theCase.id, { capital, termMonths: 13 }))
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.message).toMatch(/^R-AGR-05: Plazo de 13 meses no permitido/)
    expect(await agreementsOf(theCase.id)).toBe(0)
  })

  it('R-AGR-05 exactly 2 SMMLV of 2026 allows 3 months, not 4; one peso above allows 8 (Local API)', async () => {
    const two = await openDebtorCase(payload, world, 'bog', 2 * SMMLV)
    await expectLocalRule(request(world.users.professionalBog, two.theCase.id, { capital: 2 * SMMLV, termMonths: 4 }), 400, 'R-AGR-05')
    expect(await request(world.users.professionalBog, two.theCase.id, { capital: 2 * SMMLV, termMonths: 3 })).toMatchObject({ termMonths: 3 })
    const above = await openDebtorCase(payload, world, 'bog', 2 * SMMLV + 1)
    expect(await request(world.users.professionalBog, above.theCase.id, { capital: 2 * SMMLV + 1, termMonths: 8 })).toMatchObject({ termMonths: 8 })
  })

  it('R-AGR-04 a second agreement for the same debt is refused over REST (409); one stays', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    await request(world.users.professionalBog, theCase.id)
    const client = await clientFor(world.users.branchManagerBog)
    expectRestRule(await client.rest('POST', `/${SLUGS.agreements}`, agreementRequestData(theCase.id)), 409, 'R-AGR-04')
    expect(await agreementsOf(theCase.id)).toBe(1)
  })

  it('R-GAR-05 shares as guarantee and R-GAR-06 an appraisal 13 months old are refused over REST; nothing stored', async () => {
    const { debtor, theCase } = await openDebtorCase(payload, world, 'bog')
    const client = await clientFor(world.users.professionalBog)
    const shares = await client.rest('POST', `/${SLUGS.guarantees}`, bankGuaranteeData(theCase.id, debtor.id, { kind: 'ACCIONES' }))
    expect(shares.status).toBe(400)
    expect(shares.body.errors?.[0]?.message).toMatch(/^R-GAR-05: Garantía no admisible: las acciones/)
    const mortgage = {
      ...bankGuaranteeData(theCase.id, debtor.id, { kind: 'HIPOTECA', mortgageDegree: 1, goodsType: 'INMUEBLE', value: undefined }),
      appraisal: { appraiserName: 'Lonja de Bogotá', appraiserId: '860012345', appraiserIsStaff: false, date: '2025-10-01', value: 250_000_000 },
    }
    const old = await client.rest('POST', `/${SLUGS.guarantees}`, mortgage)
    expect(old.status).toBe(400)
    expect(old.body.errors?.[0]?.message).toMatch(/^R-GAR-06: .*más de un año/)
    expect(await guaranteesOf(theCase.id)).toBe(0)
  })
})
