import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { signActWorkflow } from '@/acts/sign/signActWorkflow'
import { SLUGS } from '@/constants/slugs'
import type { Agreement, AgreementInstalment, Case, Document, Party, User } from '@/payload-types'
import { dateInWords, pesosInWords } from '@/rules/acts/legalWords'
import { runDeadlineSweep, type SweepReport } from '@/sweep/runDeadlineSweep'
import { pdfText } from '../unit/acts/pdfText'
import { agreementRequestData, openDebtorCase } from './helpers/agreementWorld'
import { buildCaseWorld, type CaseWorld } from './helpers/caseWorld'
import { countRows, createParty } from './helpers/fixtures'
import { bankGuaranteeData } from './helpers/guaranteeWorld'
import { expectRefusal } from './helpers/refusals'
import { clientFor } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'

/**
 * Granted on Mon 2 Mar 2026 (3.000.000, 10 % down, 3 monthly instalments of 900.000 due 6 Apr,
 * 4 May and 2 Jun). Instalment 1 is missed; the sweep of Tue 21 Apr demands it with fifteen
 * business days, across the 1 May holiday, to Wed 13 May; the term has passed on Thu 14 May.
 */
const GRANTED_ON = '2026-03-02'
/** R-GAR-03: the bank guarantee is perfected before the agreement is granted. */
const GUARANTEE_PERFECTED_ON = '2026-02-02'
const DEMANDED_ON = '2026-04-21'
const DEMAND_DUE = '2026-05-13'
const AFTER_TERM = '2026-05-14'

let world: CaseWorld

const plain = (s: string) => s.replace(/\s+/g, ' ')
const as = (user: User, asOf: string) => ({ overrideAccess: false, user, depth: 0, context: { asOf } }) as const
const agreementOf = (id: number) => payload.findByID({ collection: SLUGS.agreements, id, depth: 0, overrideAccess: true }) as Promise<Agreement>
const caseOf = (id: number) => payload.findByID({ collection: SLUGS.cases, id, depth: 0, overrideAccess: true }) as Promise<Case>
const documentOf = (id: unknown) => payload.findByID({ collection: SLUGS.documents, id: id as number, depth: 0, overrideAccess: true }) as Promise<Document>
const instalmentsOf = async (agreementId: number) =>
  (await payload.find({ collection: SLUGS.agreementInstalments, where: { agreement: { equals: agreementId } }, sort: 'number', depth: 0, pagination: false }))
    .docs as AgreementInstalment[]
const eventsOf = async (caseId: number) =>
  (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: caseId } }, sort: 'at', pagination: false, depth: 0, overrideAccess: true })).docs
const sweep = async (asOf: string): Promise<SweepReport> => runDeadlineSweep({ req: await createLocalReq({ context: { asOf } }, payload), asOf })
const pay = async (agreementId: number, amount: number, paidOn: string, key: string) => {
  const client = await clientFor(world.users.professionalBog)
  const mean = { kind: 'TRANSFERENCIA', paidOn, amount, bankAccount: 'BANCOLOMBIA 123', bankBranch: '001' }
  const res = await client.raw('POST', `/${SLUGS.agreements}/${agreementId}/payments`, { mean }, { 'Idempotency-Key': key })
  const body = await res.json()
  expect(res.status, JSON.stringify(body)).toBe(201)
  return body
}
/** The act's PDF as a branch user downloads it, read back as text. */
const pdfOf = async (document: Document) => {
  const response = await (await clientFor(world.users.professionalBog)).raw('GET', `/${SLUGS.documents}/file/${encodeURIComponent(document.filename!)}`)
  expect(response.status).toBe(200)
  return plain((await pdfText(new Uint8Array(await response.arrayBuffer()))).text)
}
/** What a refused signature must leave untouched. */
const snapshot = async (agreementId: number, caseId: number, debtorId: number) => {
  const agreement = await agreementOf(agreementId)
  const resolution = await documentOf(agreement.voidResolutionAct)
  return {
    agreement: agreement.status,
    stage: (await caseOf(caseId)).stage,
    resolution: [resolution.actStatus, resolution.signedBy ?? null, resolution.filesize],
    events: (await eventsOf(caseId)).length,
    bdme: await countRows(payload, SLUGS.bdmeEntries, { party: { equals: debtorId } }),
    guarantees: (await payload.find({ collection: SLUGS.guarantees, where: { case: { equals: caseId } }, depth: 0, overrideAccess: true })).docs.map((g) => g.status),
  }
}

/** Requested and granted on GRANTED_ON by `approver`, its down payment paid that day. */
const grantedAgreement = async (theCase: Case, approver: User, overrides: Record<string, unknown> = {}): Promise<Agreement> => {
  const data = agreementRequestData(theCase.id, { capital: 3_000_000, requestedOn: GRANTED_ON, ...overrides })
  const a = (await payload.create({ collection: SLUGS.agreements, data: data as never, ...as(approver, GRANTED_ON) })) as Agreement
  const granted = (await payload.update({ collection: SLUGS.agreements, id: a.id, data: { status: 'APROBADO' }, ...as(approver, GRANTED_ON) })) as Agreement
  await pay(granted.id, 300_000, GRANTED_ON, `down-${granted.id}-${world.tag}`)
  return agreementOf(granted.id)
}

const { payload } = await initTestApp()

let inForce: { agreement: Agreement; theCase: Case; debtor: Party }
let coactive: { agreement: Agreement; theCase: Case; debtor: Party; thirdParty: Party; guarantee: number }
let firstSweep: SweepReport

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  await payload.updateGlobal({
    slug: SLUGS.settings,
    data: {
      insurer: { name: 'Aseguradora de Pruebas S.A.', nit: '860.011.153-6' },
      collectionAccount: { bank: 'Banco de Bogotá', accountType: 'Cuenta corriente', number: '000-99999-1', holder: 'Aseguradora de Pruebas S.A.' },
    },
    overrideAccess: true,
  })
  // A persuasive case granted by the branch manager.
  const a = await openDebtorCase(payload, world, 'bog', 3_000_000)
  inForce = { ...a, agreement: await grantedAgreement(a.theCase, world.users.branchManagerBog as User) }
  // A coactive case granted by the executor officer, asked by a jointly liable third party, with a guarantee.
  const b = await openDebtorCase(payload, world, 'bog', 3_000_000)
  const inCoactive = (await payload.update({
    collection: SLUGS.cases,
    id: b.theCase.id,
    data: { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' } as never,
    context: { deadlinesOnly: true },
    overrideAccess: true,
    depth: 0,
  })) as Case
  const thirdParty = (await createParty(payload, { branch: world.branches.bog.id, firstName: 'Tercera', lastName: `Solidaria ${world.tag}` })) as Party
  const guarantee = await payload.create({ collection: SLUGS.guarantees, data: bankGuaranteeData(inCoactive.id, b.debtor.id, { status: 'PERFECCIONADA', perfectedOn: GUARANTEE_PERFECTED_ON }) as never, overrideAccess: true, depth: 0 })
  const agreement = await grantedAgreement(inCoactive, world.users.executor as User, {
    requesterKind: 'TERCERO',
    requesterName: `Tercera Solidaria ${world.tag}`,
    thirdParty: thirdParty.id,
    thirdPartyJointlyLiable: true,
  })
  coactive = { ...b, theCase: inCoactive, agreement, thirdParty, guarantee: guarantee.id }
  firstSweep = await sweep(DEMANDED_ON)
}, 600_000)

describe('the agreement act (R-AGR-07)', () => {
  it('R-AGR-07 granting drafts the agreement act: a DRAFT document of the case, linked on the agreement and filed', async () => {
    const act = await documentOf(coactive.agreement.agreementAct)
    expect([act.actKind, act.actStatus, act.case, act.mimeType, act.branch]).toEqual(['ACUERDO_DE_PAGO', 'BORRADOR', coactive.theCase.id, 'application/pdf', world.branches.bog.id])
    expect((await eventsOf(coactive.theCase.id)).some((e) => e.document === act.id && e.kind === 'ACTO')).toBe(true)
  })

  it('R-AGR-07 its PDF states debtor, third party, obligations, total, rate, down payment, schedule, default clause and the suspension of coactive', async () => {
    const text = await pdfOf(await documentOf(coactive.agreement.agreementAct))
    const debtor = coactive.debtor
    expect(text).toContain(`${debtor.firstName} ${debtor.lastName}`.toUpperCase())
    expect(text).toContain(`CC ${debtor.idNumber}`)
    expect(text).toContain(`TERCERA SOLIDARIA ${world.tag}`.toUpperCase())
    expect(text).toContain('se obliga solidariamente al pago total de la deuda')
    expect(text).toContain(plain(pesosInWords(3_000_000)))
    expect(text).toContain(plain(pesosInWords(300_000)))
    expect(text).toContain('26,76 % efectivo anual')
    expect(text).toContain('Aportes en mora')
    for (const due of ['02/03/2026', '06/04/2026', '04/05/2026', '02/06/2026']) expect(text).toContain(due)
    expect(text).toContain('CAUSALES DE INCUMPLIMIENTO')
    expect(text).toContain('quince (15) días hábiles')
    expect(text).toContain('SUSPENDER el proceso de cobro coactivo')
    expect(text).toContain(dateInWords(GRANTED_ON))
  })
})

describe('the demand for a missed instalment (R-AGR-11)', () => {
  it('R-AGR-11 the sweep demands both agreements: EN_REQUERIMIENTO, 15 business days across the 1 May holiday, instalment VENCIDA', async () => {
    expect(firstSweep.agreementDemandsOpened).toBeGreaterThanOrEqual(2)
    for (const { agreement } of [inForce, coactive]) {
      const demanded = await agreementOf(agreement.id)
      expect([demanded.status, String(demanded.demandOn).slice(0, 10), String(demanded.demandDueOn).slice(0, 10)]).toEqual(['EN_REQUERIMIENTO', DEMANDED_ON, DEMAND_DUE])
      expect((await instalmentsOf(agreement.id)).map((i) => [i.number, i.status])).toEqual([
        [0, 'PAGADA'],
        [1, 'VENCIDA'],
        [2, 'PENDIENTE'],
        [3, 'PENDIENTE'],
      ])
    }
  })

  it('R-COB-17 the demand is a draft act and an entry of the case file with its term', async () => {
    const demanded = await agreementOf(coactive.agreement.id)
    const act = await documentOf(demanded.demandAct)
    expect([act.actKind, act.actStatus]).toEqual(['REQUERIMIENTO_INCUMPLIMIENTO', 'BORRADOR'])
    const events = (await eventsOf(coactive.theCase.id)).map((e) => e.summary)
    expect(events).toContain(
      `Requerimiento por incumplimiento del acuerdo ${demanded.id} (R-AGR-11): cuotas 1 vencidas sin pago por $ 900.000; 15 días hábiles para acreditar el pago, hasta el ${DEMAND_DUE}.`,
    )
  })

  it('R-AGR-11 the demand PDF names the debtor, the instalment, the amounts in words and figures, the date and the 15-day term', async () => {
    const text = await pdfOf(await documentOf((await agreementOf(coactive.agreement.id)).demandAct))
    expect(text).toContain('REQUERIMIENTO POR INCUMPLIMIENTO DEL ACUERDO DE PAGO')
    expect(text).toContain(`${coactive.debtor.firstName} ${coactive.debtor.lastName}`.toUpperCase())
    expect(text).toContain(`CC ${coactive.debtor.idNumber}`)
    expect(text).toContain(plain(pesosInWords(900_000)))
    expect(text).toContain(plain(pesosInWords(2_700_000)))
    expect(text).toContain('06/04/2026')
    expect(text).toContain(`quince (15) días hábiles, que vence el ${dateInWords(DEMAND_DUE)}`)
    expect(text).toContain(dateInWords(DEMANDED_ON))
  })

  it('R-AGR-11 a second sweep the same day writes nothing more', async () => {
    const before = { events: (await eventsOf(coactive.theCase.id)).length, documents: await countRows(payload, SLUGS.documents, { case: { equals: coactive.theCase.id } }) }
    const again = await sweep(DEMANDED_ON)
    expect([again.agreementDemandsOpened, again.voidResolutionsDrafted]).toEqual([0, 0])
    expect({ events: (await eventsOf(coactive.theCase.id)).length, documents: await countRows(payload, SLUGS.documents, { case: { equals: coactive.theCase.id } }) }).toEqual(before)
  })

  it('R-AGR-11 paying the demanded instalment with its late interest during the term keeps the agreement in force', async () => {
    // 900.000 due 6 Apr paid 28 Apr: one month (fraction) at 26,76 % → 20.070 of late interest (R-AGR-13).
    const body = await pay(inForce.agreement.id, 920_070, '2026-04-28', `demand-paid-${world.tag}`)
    expect(body).toMatchObject({ lateInterest: 20_070, outstanding: 1_800_000, status: 'APROBADO' })
    expect((await agreementOf(inForce.agreement.id)).status).toBe('APROBADO')
    expect((await instalmentsOf(inForce.agreement.id))[1]).toMatchObject({ paidAmount: 900_000, status: 'PAGADA' })
  })
})

describe('the void resolution (R-AGR-12)', () => {
  it('R-AGR-12 on the last day of the term nothing is drafted; the day after, the resolution is drafted for signature', async () => {
    await sweep(DEMAND_DUE)
    expect((await agreementOf(coactive.agreement.id)).voidResolutionAct ?? null).toBeNull()
    const report = await sweep(AFTER_TERM)
    expect(report.voidResolutionsDrafted).toBeGreaterThanOrEqual(1)
    const agreement = await agreementOf(coactive.agreement.id)
    expect(agreement.status).toBe('EN_REQUERIMIENTO')
    const act = await documentOf(agreement.voidResolutionAct)
    expect([act.actKind, act.actStatus]).toEqual(['RESOLUCION_SIN_VIGENCIA', 'BORRADOR'])
    const text = await pdfOf(act)
    expect(text).toContain('RESOLUCIÓN QUE DECLARA SIN VIGENCIA EL ACUERDO DE PAGO')
    expect(text).toContain(`CC ${coactive.debtor.idNumber}`)
    expect(text).toContain(plain(pesosInWords(2_700_000)))
    expect(text).toContain(`vencidos el ${dateInWords(DEMAND_DUE)}`)
    expect(text).toContain('ORDENAR hacer efectivas las garantías')
    expect(text).toContain('04/05/2026')
    expect(text).toContain('Funcionario Ejecutor')
  })

  it('R-ROL-04 in coactive a branch manager may not sign it (403); nothing is written', async () => {
    const { agreement, theCase, debtor } = coactive
    const before = await snapshot(agreement.id, theCase.id, debtor.id)
    const docId = (await agreementOf(agreement.id)).voidResolutionAct as number
    const res = await (await clientFor(world.users.branchManagerBog)).rest('POST', `/${SLUGS.documents}/${docId}/sign`)
    expect(res.status, JSON.stringify(res.body)).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^R-ROL-04: /)
    const req = await createLocalReq({ user: { ...(world.users.branchManagerBog as User), collection: SLUGS.users } as never, context: { asOf: AFTER_TERM } }, payload)
    await expectRefusal(signActWorkflow(req, { documentId: docId }), 'R-ROL-04', 403)
    expect(await snapshot(agreement.id, theCase.id, debtor.id)).toEqual(before)
  })

  it.each(['markAgreementVoid', 'resumeCase', 'enforceGuarantees', 'reportOnBdme'] as const)(
    'R-AGR-12 a failure right after "%s" leaves nothing written (signature included)',
    async (failAfter) => {
      const { agreement, theCase, debtor } = coactive
      const before = await snapshot(agreement.id, theCase.id, debtor.id)
      const docId = (await agreementOf(agreement.id)).voidResolutionAct as number
      const req = await createLocalReq({ user: { ...(world.users.executor as User), collection: SLUGS.users } as never, context: { asOf: AFTER_TERM } }, payload)
      const afterVoidStep = (step: string) => {
        if (step === failAfter) throw new Error(`fallo forzado tras ${step}`)
      }
      await expect(signActWorkflow(req, { documentId: docId }, { afterVoidStep })).rejects.toThrow(`fallo forzado tras ${failAfter}`)
      expect(await snapshot(agreement.id, theCase.id, debtor.id)).toEqual(before)
    },
  )

  it('R-AGR-12 the executor signs: agreement SIN_VIGENCIA, case back in coactive, guarantees enforced, debtor and third party on the BDME, case file entries', async () => {
    const { agreement, theCase, debtor, thirdParty, guarantee } = coactive
    const docId = (await agreementOf(agreement.id)).voidResolutionAct as number
    const executor = world.users.executor as User
    const req = await createLocalReq({ user: { ...executor, collection: SLUGS.users } as never, context: { asOf: AFTER_TERM } }, payload)
    const signed = await signActWorkflow(req, { documentId: docId })
    expect([signed.actStatus, signed.signedBy]).toEqual(['FIRMADO', executor.id])
    const voided = await agreementOf(agreement.id)
    expect([voided.status, String(voided.voidOn).slice(0, 10)]).toEqual(['SIN_VIGENCIA', AFTER_TERM])
    expect(await caseOf(theCase.id)).toMatchObject({ stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' })
    expect((await payload.findByID({ collection: SLUGS.guarantees, id: guarantee, depth: 0, overrideAccess: true })).status).toBe('EN_EJECUCION')
    for (const party of [debtor, thirdParty]) {
      const { docs } = await payload.find({ collection: SLUGS.bdmeEntries, where: { party: { equals: party.id } }, depth: 0, overrideAccess: true })
      expect(docs.map((e) => [e.open, e.reportedBy, String(e.reportedOn).slice(0, 10), e.amount, e.case])).toEqual([[true, executor.id, AFTER_TERM, 2_700_000, theCase.id]])
      // "Acuerdo de pago" once, then the agreement's number and grant day (not its title).
      expect(docs.map((e) => e.obligation)).toEqual([`Acuerdo de pago No. ${agreement.id} concedido el ${String(voided.approvedOn).slice(0, 10).split('-').reverse().join('/')}`])
      const flagged = await payload.findByID({ collection: SLUGS.parties, id: party.id, depth: 0, overrideAccess: true })
      expect(flagged.reportedToBdme).toBe(true)
    }
    const events = (await eventsOf(theCase.id)).map((e) => e.summary)
    expect(events.some((s) => s.startsWith(`Acuerdo de pago ${agreement.id}: pasa de "En requerimiento por incumplimiento" a "Sin vigencia`))).toBe(true)
    expect(events.some((s) => s.startsWith(`Acuerdo ${agreement.id} sin vigencia: el expediente sale de la suspensión y se reanuda de inmediato en COACTIVO`))).toBe(true)
    expect(events.some((s) => s.startsWith('Se ordena hacer efectivas 1 garantía(s)'))).toBe(true)
    expect(events.some((s) => s.startsWith(`Reportado(s) en el BDME por incumplimiento del acuerdo ${agreement.id}: 2 registro(s)`))).toBe(true)
    const text = await pdfOf(signed)
    expect(text).toContain(executor.name!)
    expect(text).toMatch(new RegExp(`acuerdo de pago No\\.\\s+${agreement.id}`, 'i'))
    expect(text).not.toMatch(/acuerdo de pago\s+acuerdo de pago/i)
  })

  it('R-ROL-05 before coactive the branch manager signs it: agreement void, case back in persuasive, the BDME report left to the executor', async () => {
    // The agreement kept in force on 28 Apr misses instalment 2 (4 May): demanded on 13 May until 4 Jun
    // (Mon 18 May is a holiday); the resolution is drafted on 5 Jun.
    await sweep('2026-06-05')
    const demanded = await agreementOf(inForce.agreement.id)
    expect([demanded.status, String(demanded.demandOn).slice(0, 10), String(demanded.demandDueOn).slice(0, 10)]).toEqual(['EN_REQUERIMIENTO', DEMAND_DUE, '2026-06-04'])
    expect(demanded.voidResolutionAct).toBeTruthy()
    const manager = world.users.branchManagerBog as User
    const req = await createLocalReq({ user: { ...manager, collection: SLUGS.users } as never, context: { asOf: '2026-06-05' } }, payload)
    const signed = await signActWorkflow(req, { documentId: demanded.voidResolutionAct as number })
    expect([signed.actStatus, signed.signedBy]).toEqual(['FIRMADO', manager.id])
    expect((await agreementOf(inForce.agreement.id)).status).toBe('SIN_VIGENCIA')
    expect((await caseOf(inForce.theCase.id)).stage).toBe('PERSUASIVO')
    expect(await countRows(payload, SLUGS.bdmeEntries, { party: { equals: inForce.debtor.id } })).toBe(0)
    const events = (await eventsOf(inForce.theCase.id)).map((e) => e.summary)
    expect(events).toContain(`Reporte al BDME por incumplimiento del acuerdo ${inForce.agreement.id} pendiente: lo registra el funcionario ejecutor (R-ROL-05) en el registro BDME.`)
  })

  it('R-AGR-13 a void agreement takes no more payments', async () => {
    const client = await clientFor(world.users.professionalBog)
    const mean = { kind: 'TRANSFERENCIA', paidOn: '2026-05-20', amount: 100_000, bankAccount: 'BANCOLOMBIA 123', bankBranch: '001' }
    const res = await client.raw('POST', `/${SLUGS.agreements}/${coactive.agreement.id}/payments`, { mean }, { 'Idempotency-Key': `void-${world.tag}` })
    expect(res.status).toBe(409)
  })
})
