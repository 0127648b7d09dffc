import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { recordAgreementPaymentWorkflow } from '@/agreements/payment/recordAgreementPaymentWorkflow'
import { AGREEMENT_PAYMENT_STEPS } from '@/agreements/payment/types'
import { SLUGS } from '@/constants/slugs'
import type { Agreement, AgreementInstalment, User } from '@/payload-types'
import { agreementRequestData, openDebtorCase } from './helpers/agreementWorld'
import type { ApiClient } from './helpers/apiClient'
import { buildCaseWorld, type CaseWorld } from './helpers/caseWorld'
import { countRows } from './helpers/fixtures'
import { clientFor } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'

/** Granted on Mon 2 Mar 2026: instalments on 2 Mar, 6 Apr (2 and 3 Apr are holidays), 4 May (2 May is a Saturday), 2 Jun. */
const GRANTED_ON = '2026-03-02'

let world: CaseWorld
let client: ApiClient

const transfer = (amount: number, paidOn: string) => ({ kind: 'TRANSFERENCIA', paidOn, amount, bankAccount: 'BANCOLOMBIA 123', bankBranch: '001' })

const pay = async (agreementId: number, amount: number, paidOn: string, key: string) => {
  const res = await client.raw('POST', `/${SLUGS.agreements}/${agreementId}/payments`, { mean: transfer(amount, paidOn) }, { 'Idempotency-Key': key })
  return { status: res.status, body: await res.json() }
}

/** An agreement requested and granted by the Bogotá branch manager on GRANTED_ON: total = capital, 10% down, 3 monthly instalments. */
const grantedAgreement = async (capital: number): Promise<Agreement> => {
  const { theCase } = await openDebtorCase(payload, world, 'bog', capital)
  const user = world.users.branchManagerBog as User
  const options = { overrideAccess: false, user, depth: 0, context: { asOf: GRANTED_ON } } as const
  const a = (await payload.create({ collection: SLUGS.agreements, data: agreementRequestData(theCase.id, { capital, requestedOn: GRANTED_ON }) as never, ...options })) as Agreement
  return (await payload.update({ collection: SLUGS.agreements, id: a.id, data: { status: 'APROBADO' }, ...options })) as Agreement
}

const instalments = async (agreementId: number) =>
  (await payload.find({ collection: SLUGS.agreementInstalments, where: { agreement: { equals: agreementId } }, sort: 'number', depth: 0, pagination: false }))
    .docs as AgreementInstalment[]

const stateOf = async (agreementId: number) => ({
  payments: await countRows(payload, SLUGS.payments, { agreement: { equals: agreementId } }),
  instalments: (await instalments(agreementId)).map((i) => [i.number, i.amount, i.paidAmount, i.status, i.lateInterestPaid]),
  outstanding: (await payload.findByID({ collection: SLUGS.agreements, id: agreementId, depth: 0 })).outstanding,
})

const { payload } = await initTestApp()

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  client = await clientFor(world.users.professionalBog)
})

describe('payments against an agreement (R-INT-02, R-AGR-13)', () => {
  let agreement: Agreement

  beforeAll(async () => {
    agreement = await grantedAgreement(3_000_000)
  })

  it('R-INT-02 the down payment paid on its day: recorded in payments, instalment 0 paid, balance down', async () => {
    const { status, body } = await pay(agreement.id, 300_000, GRANTED_ON, `down-${world.tag}`)
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body).toMatchObject({ kind: 'CUOTA', lateInterest: 0, outstanding: 2_700_000, replayed: false })
    const payment = await payload.findByID({ collection: SLUGS.payments, id: body.payment, depth: 0 })
    expect(payment).toMatchObject({ agreement: agreement.id, amount: 300_000, branch: world.branches.bog.id, legalization: null })
    expect((await instalments(agreement.id))[0]).toMatchObject({ paidAmount: 300_000, status: 'PAGADA' })
  })

  it('R-AGR-13 a payment one day into a new month owes two months of interest, paid before the instalments (R-INT-02)', async () => {
    // Instalment 1 (900.000, due 6 Apr) paid 7 May: one month and one day → 2 months × 900.000 × 26,76 % / 12 = 40.140;
    // instalment 2 (due 4 May) three days late → 1 month = 20.070.
    const { status, body } = await pay(agreement.id, 1_860_210, '2026-05-07', `late-${world.tag}`)
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body).toMatchObject({ lateInterest: 60_210, application: { toCosts: 0, toInterest: 60_210, toCapital: 1_800_000 }, outstanding: 900_000 })
    const rows = await instalments(agreement.id)
    expect(rows.map((i) => [i.number, i.paidAmount, i.status, i.lateInterestPaid])).toEqual([
      [0, 300_000, 'PAGADA', 0],
      [1, 900_000, 'PAGADA', 40_140],
      [2, 900_000, 'PAGADA', 20_070],
      [3, 0, 'PENDIENTE', 0],
    ])
  })

  it('R-COB-17 each payment is an entry of the case file with how it was applied', async () => {
    const events = await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: agreement.case } }, depth: 0, pagination: false })
    expect(events.docs.some((e) => e.summary.startsWith(`Pago de $ 1.860.210 al acuerdo ${agreement.id}: costas $ 0, intereses de mora $ 60.210`))).toBe(true)
  })

  it('R-INT-02 the last instalment fulfils the agreement', async () => {
    const { body } = await pay(agreement.id, 900_000, '2026-06-02', `last-${world.tag}`)
    expect(body).toMatchObject({ outstanding: 0, status: 'CUMPLIDO' })
  })
})

describe('extraordinary payments and advances (R-AGR-09)', () => {
  it('R-AGR-09 20% of the balance re-liquidates the instalments left; 19.99% is an advance', async () => {
    const agreement = await grantedAgreement(1_000_000)
    await pay(agreement.id, 100_000, GRANTED_ON, `x-down-${world.tag}`)
    // Balance 900.000 with nothing due on 5 Mar: 180.000 = 20 % → re-liquidated as 3 × 240.000.
    const extra = await pay(agreement.id, 180_000, '2026-03-05', `x-20-${world.tag}`)
    expect(extra.body).toMatchObject({ kind: 'EXTRAORDINARIO', outstanding: 720_000 })
    expect((await instalments(agreement.id)).slice(1).map((i) => i.amount)).toEqual([240_000, 240_000, 240_000])
    // 143.999 of 720.000 is 19,99 %: an advance on instalment 1, amounts unchanged.
    const advance = await pay(agreement.id, 143_999, '2026-03-06', `x-1999-${world.tag}`)
    expect(advance.body).toMatchObject({ kind: 'ANTICIPO', outstanding: 576_001 })
    expect((await instalments(agreement.id)).slice(1).map((i) => [i.amount, i.paidAmount, i.status])).toEqual([
      [240_000, 143_999, 'ABONADA'],
      [240_000, 0, 'PENDIENTE'],
      [240_000, 0, 'PENDIENTE'],
    ])
  })
})

describe('one transaction, applied once (R-INT-02)', () => {
  it('R-INT-02 ten racing requests with the same Idempotency-Key record one payment; the others replay it', async () => {
    const agreement = await grantedAgreement(1_000_000)
    const answers = await Promise.all(Array.from({ length: 10 }, () => pay(agreement.id, 100_000, GRANTED_ON, `same-${world.tag}`)))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
    const first = answers.find((a) => a.status === 201)!.body
    expect(answers.filter((a) => a.status === 200).every((a) => a.body.replayed && a.body.payment === first.payment)).toBe(true)
    expect(await stateOf(agreement.id)).toMatchObject({ payments: 1, outstanding: 900_000 })
  })

  it('R-INT-02 racing payments with different keys are each applied, none lost', async () => {
    const agreement = await grantedAgreement(1_000_000)
    const answers = await Promise.all([1, 2, 3, 4].map((n) => pay(agreement.id, 25_000, GRANTED_ON, `many-${n}-${world.tag}`)))
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201])
    expect(await stateOf(agreement.id)).toMatchObject({ payments: 4, outstanding: 900_000 })
    expect((await instalments(agreement.id))[0]).toMatchObject({ paidAmount: 100_000, status: 'PAGADA' })
  })

  const WRITING_STEPS = AGREEMENT_PAYMENT_STEPS.slice(AGREEMENT_PAYMENT_STEPS.indexOf('recordPayment'))

  it.each(WRITING_STEPS)('R-INT-02 a failure right after "%s" leaves nothing written', async (failAfter) => {
    const agreement = await grantedAgreement(1_000_000)
    const before = await stateOf(agreement.id)
    const req = await createLocalReq({ user: { ...(world.users.professionalBog as User), collection: SLUGS.users } as never }, payload)
    const input = { mean: transfer(100_000, GRANTED_ON) as never }
    await expect(
      recordAgreementPaymentWorkflow(req, { id: agreement.id, key: `fail-${failAfter}-${world.tag}`, input }, {
        afterStep: (step) => {
          if (step === failAfter) throw new Error(`Fallo forzado después de ${step}`)
        },
      }),
    ).rejects.toThrow(`Fallo forzado después de ${failAfter}`)
    expect(await stateOf(agreement.id)).toEqual(before)
  })

  it('R-AGR-13 a request not yet granted takes no payments (409), nothing written', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    const a = await payload.create({ collection: SLUGS.agreements, data: agreementRequestData(theCase.id) as never, overrideAccess: true })
    const { status, body } = await pay(a.id, 100_000, GRANTED_ON, `pending-${world.tag}`)
    expect(status).toBe(409)
    expect(body.errors[0].message).toMatch(/^R-AGR-13: /)
    expect(await countRows(payload, SLUGS.payments, { agreement: { equals: a.id } })).toBe(0)
  })
})
