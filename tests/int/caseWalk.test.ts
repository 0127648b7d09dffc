import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Case, Notification } from '@/payload-types'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { asUser } from './helpers/asUser'
import { initTestApp } from './helpers/initTestApp'
import { expectRefusal } from './helpers/refusals'

const { payload, api } = await initTestApp()
let world: CaseWorld
let caseId: number
let lcdNotice: Notification
let orderNotice: Notification

const move = (user: any, data: Record<string, unknown>, asOf: string) =>
  payload.update({ collection: SLUGS.cases, id: caseId, data: data as any, ...asUser(user, asOf) }) as Promise<Case>
const reload = () => payload.findByID({ collection: SLUGS.cases, id: caseId, depth: 0 })
const d = (value: unknown) => (value ? String(value).slice(0, 10) : null)

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  const c = await payload.create({
    collection: SLUGS.cases,
    data: { debtor: world.parties.debtorBog.id, debtLines: [debtLine(5_000_000, '2026-03-15')] } as any,
    ...asUser(world.users.professionalBog, '2026-04-01'),
  })
  caseId = c.id
  // R-ROL-01: the professional does not assign itself; its branch manager does.
  await payload.update({ collection: SLUGS.cases, id: caseId, data: { responsible: world.users.professionalBog.id }, ...asUser(world.users.branchManagerBog, '2026-04-01') })
})

// One case walked in order, as staff would in the admin; each step depends on the previous one.
describe('a case from persuasive to an executed payment order', () => {
  it('R-COB-02 persuasive actions, then the default notice', async () => {
    await move(world.users.firmA, { persuasiveActions: [{ channel: 'CARTA', date: '2026-04-02', outcome: 'Sin respuesta' }] }, '2026-04-02')
    const c = await move(world.users.professionalBog, { subState: 'CONSTITUIDO_EN_MORA', defaultNotice: { arisenOn: '2026-03-16', identifiedOn: '2026-03-20', sentOn: '2026-04-06' } }, '2026-04-06')
    expect(c.subState).toBe('CONSTITUIDO_EN_MORA')
  })

  it('R-COB-01 pre-legal opens with the LCD drafted by the external firm, liquidated per R-INT-01', async () => {
    const c = await move(world.users.firmA, { stage: 'PREJURIDICO', subState: 'LCD_EN_PROYECTO', lcd: { cutOffDate: '2026-05-29' } }, '2026-05-29')
    expect(c.lcd?.draftedBy).toBe(world.users.firmA.id)
    // 5.000.000 × 26,76 % / 12 × 3 months (15 Mar–15 Apr, 15 Apr–15 May, 15–29 May) = 334.500
    expect(c.lcd).toMatchObject({ capital: 5_000_000, interest: 334_500, total: 5_334_500 })
    expect(d(c.lcd?.limitDate)).toBe('2026-09-15')
  })

  it('R-ROL-03 an external firm cannot sign the LCD; nothing is written', async () => {
    await expectRefusal(move(world.users.firmA, { subState: 'LCD_FIRMADA' }, '2026-06-01'), 'R-ROL-03', 403)
    const c = await reload()
    expect(c.subState).toBe('LCD_EN_PROYECTO')
    expect(c.lcd?.signedBy ?? null).toBeNull()
  })

  it('R-ROL-03 the branch manager signs the LCD within six months (R-COB-03)', async () => {
    const c = await move(world.users.branchManagerBog, { subState: 'LCD_FIRMADA' }, '2026-06-01')
    expect(c.lcd?.signedBy).toBe(world.users.branchManagerBog.id)
    expect(d(c.lcd?.issuedOn)).toBe('2026-06-01')
  })

  it('R-COB-17 the signed LCD\'s cut-off cannot change', async () => {
    await expectRefusal(move(world.users.branchManagerBog, { lcd: { cutOffDate: '2026-06-01' } }, '2026-06-02'), 'R-COB-17')
  })

  it('R-ROL-03 the citation is signed by the branch manager, not by the firm; R-COB-04 dates are derived', async () => {
    const facts = { citationChannel: 'CORREO_CERTIFICADO', citationAddress: 'Cra 7 # 12-34', citationSentOn: '2026-06-02', citationReceivedOn: '2026-06-03' }
    await expectRefusal(
      payload.create({ collection: SLUGS.notifications, data: { case: caseId, act: 'LCD', facts } as any, ...asUser(world.users.firmA, '2026-06-03') }),
      'R-ROL-03',
      403,
    )
    lcdNotice = await payload.create({
      collection: SLUGS.notifications,
      data: { case: caseId, act: 'LCD', facts } as any,
      ...asUser(world.users.branchManagerBog, '2026-06-03'),
    })
    expect(lcdNotice.facts?.citationSignedBy).toBe(world.users.branchManagerBog.id)
    // Receipt Wed 3 June: 4, 5, 9, 10, 11 (8 June Corpus Christi) → appear by 11 June; notice due 12 June.
    expect(d(lcdNotice.derived?.appearanceDeadline)).toBe('2026-06-11')
    expect(d(lcdNotice.derived?.noticeDueOn)).toBe('2026-06-12')
    expect(lcdNotice.status).toBe('EN_CITACION')
    await move(world.users.branchManagerBog, { subState: 'EN_NOTIFICACION' }, '2026-06-03')
  })

  it('R-COB-04 the notice posted Friday 12 June comes down 19 June (15 June holiday); notified 22 June', async () => {
    lcdNotice = await payload.update({
      collection: SLUGS.notifications,
      id: lcdNotice.id,
      data: { facts: { noticePostedOn: '2026-06-12' } } as any,
      ...asUser(world.users.branchManagerBog, '2026-06-12'),
    })
    expect(d(lcdNotice.derived?.noticeTakeDownOn)).toBe('2026-06-19')
    expect(d(lcdNotice.derived?.notifiedOn)).toBe('2026-06-22')
    expect(lcdNotice.derived?.notifiedBy).toBe('AVISO')
    // R-COB-05: 10 business days (29 June holiday) → 7 July; final 8 July.
    expect(d(lcdNotice.derived?.responseDeadline)).toBe('2026-07-07')
    expect(d(lcdNotice.derived?.finalOn)).toBe('2026-07-08')
    const c = await reload()
    expect(d(c.lcd?.notifiedOn)).toBe('2026-06-22')
    expect(d(c.lcd?.finalOn)).toBe('2026-07-08')
  })

  it('R-COB-04 the case is notified only once the notice has come down', async () => {
    await expectRefusal(move(world.users.professionalBog, { subState: 'NOTIFICADA' }, '2026-06-19'), 'R-COB-04')
    await move(world.users.professionalBog, { subState: 'NOTIFICADA' }, '2026-06-22')
  })

  it('R-COB-05 the LCD is final only the day after the appeal term passes', async () => {
    await expectRefusal(move(world.users.professionalBog, { subState: 'EN_FIRME' }, '2026-07-07'), 'R-COB-05')
    const c = await move(world.users.professionalBog, { subState: 'EN_FIRME' }, '2026-07-08')
    // R-COB-06: first contact by 23 July, both by 22 August, coactive by 22 January 2027.
    expect(d(c.followUp?.firstContactDeadline)).toBe('2026-07-23')
    expect(d(c.followUp?.secondContactDeadline)).toBe('2026-08-22')
    expect(d(c.followUp?.coactiveStartDeadline)).toBe('2027-01-22')
  })

  it('R-COB-08 a case without its checklist cannot go to coactive, and the admin shows what is missing', async () => {
    const err = await expectRefusal(move(world.users.executor, { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' }, '2026-07-10'), 'R-COB-08')
    expect(err.message).toContain('Original de la Liquidación Certificada de Deuda')
    const c = await reload()
    expect(c.stage).toBe('PREJURIDICO')
    expect(c.checklist?.missing).toContain('Aviso original')
  })

  it('R-ROL-05 a branch manager cannot open the coactive stage; the executor officer can', async () => {
    await move(
      world.users.professionalBog,
      {
        followUp: { firstContactOn: '2026-07-09' },
        checklist: {
          persuasiveEvidence: true,
          debtDetailByPeriod: true,
          citationWithReceipt: true,
          originalLcd: true,
          noticeOriginal: true,
          notificationRecord: true,
        },
      },
      '2026-07-09',
    )
    expect((await reload()).checklist?.missing ?? null).toBeNull()
    await expectRefusal(move(world.users.branchManagerBog, { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' }, '2026-07-10'), 'R-ROL-05', 403)
    const c = await move(world.users.executor, { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO', paymentOrder: { number: 'MP-2026-001' } }, '2026-07-10')
    expect(c.stage).toBe('COACTIVO')
    expect(c.paymentOrder).toMatchObject({ signedBy: world.users.executor.id, amount: 5_334_500 })
  })

  it('R-ROL-05 a branch manager cannot act in coactive (no persuasive action, no notification)', async () => {
    await expectRefusal(
      move(world.users.branchManagerBog, { persuasiveActions: [{ channel: 'SMS', date: '2026-07-11', outcome: 'x' }] }, '2026-07-11'),
      'R-ROL-05',
      403,
    )
    await expectRefusal(
      payload.create({
        collection: SLUGS.notifications,
        data: { case: caseId, act: 'MANDAMIENTO_DE_PAGO', facts: { citationSentOn: '2026-07-13' } } as any,
        ...asUser(world.users.branchManagerBog, '2026-07-13'),
      }),
      'R-ROL-05',
      403,
    )
  })

  it('R-COB-10 the payment order: citation, then mail; 15 business days to pay or propose exceptions', async () => {
    orderNotice = await payload.create({
      collection: SLUGS.notifications,
      data: { case: caseId, act: 'MANDAMIENTO_DE_PAGO', facts: { citationSentOn: '2026-07-13', mailDeliveredOn: '2026-07-30' } } as any,
      ...asUser(world.users.executor, '2026-07-30'),
    })
    // Citation sent Mon 13 July: 10 business days (20 July holiday) → 28 July.
    expect(d(orderNotice.derived?.appearanceDeadline)).toBe('2026-07-28')
    expect(orderNotice.derived?.notifiedBy).toBe('CORREO')
    // 31 Jul, 3–6 Aug, (7 Aug holiday), 10–14, (17 holiday), 18–21, 24 → 24 August.
    expect(d(orderNotice.derived?.responseDeadline)).toBe('2026-08-24')
    const c = await move(world.users.executor, { subState: 'MANDAMIENTO_NOTIFICADO' }, '2026-07-31')
    expect(d(c.paymentOrder?.responseDeadline)).toBe('2026-08-24')
  })

  it('R-COB-14 an embargo over twice the debt plus interest is refused; within it, ordered', async () => {
    // On 3 Aug: capital 5.000.000, interest 5 months × 111.500 = 557.500 → limit 11.115.000.
    const measure = (amount: number) => ({ kind: 'EMBARGO', description: 'Cuenta de ahorros Banco X', amount, orderedOn: '2026-08-03' })
    await expectRefusal(move(world.users.executor, { measures: [measure(11_115_001)] }, '2026-08-03'), 'R-COB-14')
    expect((await reload()).measures ?? []).toEqual([])
    const c = await move(world.users.executor, { measures: [measure(11_115_000)] }, '2026-08-03')
    expect(c.measures).toHaveLength(1)
  })

  it('R-COB-10 the execution order waits for the 15 business days to pass', async () => {
    await expectRefusal(move(world.users.executor, { subState: 'ORDEN_DE_EJECUCION' }, '2026-08-24'), 'R-COB-10')
    const c = await move(world.users.executor, { subState: 'ORDEN_DE_EJECUCION' }, '2026-08-25')
    expect(c.subState).toBe('ORDEN_DE_EJECUCION')
  })

  it('R-COB-16 the auction needs its appraisal and a Sunday announcement ten days before; base bid 70 %', async () => {
    await expectRefusal(move(world.users.executor, { subState: 'REMATE' }, '2026-08-26'), 'R-COB-16')
    await expectRefusal(
      move(world.users.executor, { auction: { appraisal: 20_000_000, announcedOn: '2026-09-06', auctionOn: '2026-09-10' } }, '2026-08-26'),
      'R-COB-16',
    )
    const c = await move(world.users.executor, { auction: { appraisal: 20_000_000, announcedOn: '2026-08-30', auctionOn: '2026-09-10' } }, '2026-08-26')
    expect(c.auction).toMatchObject({ baseBid: 14_000_000, deposit: 8_000_000 })
    expect(d(c.auction?.balanceDueBy)).toBe('2026-09-15')
    expect((await move(world.users.executor, { subState: 'REMATE' }, '2026-09-10')).subState).toBe('REMATE')
  })

  it('R-COB-17 the case file holds every step in order, with who did it', async () => {
    const { docs } = await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: caseId } }, sort: 'at', limit: 100, depth: 0 })
    const kinds = docs.map((e) => e.kind)
    expect(kinds[0]).toBe('CREACION')
    expect(kinds.filter((k) => k === 'TRANSICION')).toHaveLength(10)
    expect(kinds).toContain('NOTIFICACION')
    expect(kinds).toContain('MEDIDA')
    const signing = docs.find((e) => e.summary.startsWith('LCD firmada'))
    expect(signing?.actor).toBe(world.users.branchManagerBog.id)
    const times = docs.map((e) => e.at)
    expect([...times].sort()).toEqual(times)
  })

  it('R-ROL-05 over REST: a branch manager PATCHing the coactive case gets 403 with the rule', async () => {
    const manager = await api.login(world.users.branchManagerBog.email)
    const res = await manager.rest('PATCH', `/cases/${caseId}`, { closure: { terminationCause: 'PAGO_TOTAL' }, stage: 'TERMINADO', subState: 'ARCHIVADO' })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toContain('R-ROL-05')
    expect((await reload()).stage).toBe('COACTIVO')
  })

  it('R-NOT-01 notifications are read within the case scope only, and never deleted', async () => {
    const seen = async (user: any) =>
      (await payload.find({ collection: SLUGS.notifications, where: { case: { equals: caseId } }, overrideAccess: false, user, depth: 0 })).docs.length
    expect(await seen(world.users.firmA)).toBe(2)
    expect(await seen(world.users.professionalBog)).toBe(2)
    expect(await seen(world.users.executor)).toBe(2)
    expect(await seen(world.users.firmB)).toBe(0)
    expect(await seen(world.users.professionalMed)).toBe(0)
    expect(await seen(world.users.brokerA)).toBe(0)
    await expect(
      payload.delete({ collection: SLUGS.notifications, id: lcdNotice.id, overrideAccess: false, user: world.users.admin }),
    ).rejects.toThrow()
  })

  it('R-COB-04 a branch professional from another branch cannot record facts on this case\'s notification', async () => {
    await expect(
      payload.update({
        collection: SLUGS.notifications,
        id: lcdNotice.id,
        data: { facts: { appealFiledOn: '2026-06-30' } } as any,
        overrideAccess: false,
        user: world.users.professionalMed,
        depth: 0,
      }),
    ).rejects.toThrow()
    const untouched = await payload.findByID({ collection: SLUGS.notifications, id: lcdNotice.id, depth: 0 })
    expect(untouched.facts?.appealFiledOn ?? null).toBeNull()
  })

  it('R-COB-15 the order that ends the proceeding lifts the measures; a terminated case takes no more actions', async () => {
    await expectRefusal(move(world.users.executor, { stage: 'TERMINADO', subState: 'ARCHIVADO' }, '2026-09-20'), 'R-COB-15', 400)
    const c = await move(world.users.executor, { stage: 'TERMINADO', subState: 'ARCHIVADO', closure: { terminationCause: 'PAGO_TOTAL' } }, '2026-09-21')
    expect(c.measures?.map((m) => d(m.liftedOn))).toEqual(['2026-09-21'])
    await expectRefusal(move(world.users.executor, { paymentOrder: { number: 'otro' } }, '2026-09-22'), 'R-COB-01')
  })
})
