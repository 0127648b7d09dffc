import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Policy } from '@/payload-types'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { createPolicy, noon } from './helpers/fixtures'
import { requestKindIds } from './helpers/requestFixtures'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
let brokerA: ApiClient
let brokerB: ApiClient
let second: Policy
let cancelled: Policy
let third: Policy
// R-LEG-02: the catalogue accounts (one national, one per branch, one closed).
let accounts: Record<'national' | 'bog' | 'med' | 'closed', { id: number }>

const counts = async () => ({
  payments: (await payload.count({ collection: SLUGS.payments })).totalDocs,
  requests: (await payload.count({ collection: SLUGS.requests })).totalDocs,
})

const confirm = (client: ApiClient, id: number | string, body: unknown, key?: string) =>
  client.raw('POST', `/${SLUGS.legalizations}/${id}/confirm`, body as any, key ? { 'Idempotency-Key': key } : {}).then(async (r) => ({
    status: r.status,
    body: await r.json(),
  }))

const transfer = (amount: number, paidOn = '2026-03-02', account = accounts.national.id) => ({ kind: 'TRANSFERENCIA', paidOn, amount, account, bankBranch: '123' })
const card = (amount: number) => ({ kind: 'DATAFONO', paidOn: '2026-03-02', amount, authorizationNumber: '889911', franchise: 'VISA' })

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  await requestKindIds(payload)
  const policy = (data: Partial<Policy>) =>
    createPolicy(payload, { holder: world.parties.debtorBog.id, branch: world.branches.bog.id, clave: world.claves.claveA, ...data })
  second = await policy({ number: `POL-B2-${world.tag}`, totalDue: 2_023_000, amountPaid: 23_000 })
  cancelled = await policy({ number: `POL-X-${world.tag}`, totalDue: 500_000, status: 'CANCELADA', cancelledAt: '2026-04-01T12:00:00.000Z' })
  third = await policy({ number: `POL-B3-${world.tag}`, totalDue: 300_000 })
  const account = (accountNumber: string, branches: number[], active = true) =>
    payload.create({ collection: SLUGS.bankAccounts, data: { bank: 'BANCOLOMBIA', accountType: 'CORRIENTE', accountNumber, branches, active }, depth: 0 })
  accounts = {
    national: await account(`NAL-${world.tag}`, []),
    bog: await account(`BOG-${world.tag}`, [world.branches.bog.id]),
    med: await account(`MED-${world.tag}`, [world.branches.med.id]),
    closed: await account(`OLD-${world.tag}`, [world.branches.bog.id], false),
  }
  brokerA = await api.login(world.users.brokerA.email)
  brokerB = await api.login(world.users.brokerB.email)
})

describe('R-LEG-01 the portfolio with amounts due', () => {
  it("R-LEG-01 lists the broker's policies that owe money, with what each owes", async () => {
    const res = await brokerA.rest('GET', `/${SLUGS.legalizations}/policies-due?clave=${world.claves.claveA}`)
    expect(res.status).toBe(200)
    const byNumber = Object.fromEntries(res.body.docs.map((d: any) => [d.number, d.amountDue]))
    expect(byNumber).toEqual({ [world.policies.policyBog.number]: 1_428_000, [second.number]: 2_000_000, [third.number]: 300_000 })
    const other = await brokerB.rest('GET', `/${SLUGS.legalizations}/policies-due`)
    expect(other.body.docs.map((d: any) => d.number)).toEqual([world.policies.policyMed.number])
    const bad = await brokerA.rest('GET', `/${SLUGS.legalizations}/policies-due?limit=9999`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/limit va de 1 a 500/)
  })
})

describe('automatic legalization of two policies with a transfer and a card', () => {
  let legalizationId: number

  it('R-LEG-01 a draft of two policies totals what they owe; server fields sent by the portal are ignored', async () => {
    const res = await brokerA.rest('POST', `/${SLUGS.legalizations}?depth=0`, {
      clave: world.claves.claveA,
      policies: [world.policies.policyBog.id, second.id],
      total: 1,
      status: 'CONFIRMADA',
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.total).toBe(3_428_000)
    expect(res.body.doc.status).toBe('BORRADOR')
    // R-LEG-06: each line's "Rec o Doc" is the certificate it pays (an individual policy's 0).
    expect(res.body.doc.items.map((i: any) => [i.policyNumber, i.receipts, i.amount])).toEqual([
      [world.policies.policyBog.number, '0', 1_428_000],
      [second.number, '0', 2_000_000],
    ])
    legalizationId = res.body.doc.id
  })

  it("R-LEG-01 broker B cannot legalize broker A's policy", async () => {
    const res = await brokerB.rest('POST', `/${SLUGS.legalizations}`, { clave: world.claves.claveB, policies: [second.id] })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^R-LEG-01: La póliza .* no está en la cartera de la clave/)
  })

  it('R-LEG-05 confirming needs an Idempotency-Key; bad means are a 400 naming the field', async () => {
    const noKey = await confirm(brokerA, legalizationId, { means: [transfer(3_428_000)] })
    expect(noKey.status).toBe(400)
    expect(noKey.body.errors[0].message).toMatch(/Idempotency-Key/)
    const noFranchise = await confirm(brokerA, legalizationId, { means: [{ ...card(3_428_000), franchise: undefined }] }, 'key-bad-franchise')
    expect(noFranchise.status).toBe(400)
    expect(noFranchise.body.errors[0].message).toMatch(/means\.0\.franchise: franchise debe ser una de VISA, MASTERCARD, AMERICAN_EXPRESS, DINERS/)
  })

  it('R-LEG-03 means that miss the total by one peso are refused and nothing is written', async () => {
    const before = await counts()
    const res = await confirm(brokerA, legalizationId, { means: [transfer(1_428_000), card(1_999_999)] }, 'key-short-by-one')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe(
      'R-LEG-03: Los medios de pago suman $ 3.427.999 y el total a legalizar es $ 3.428.000: faltan $ 1.',
    )
    expect(await counts()).toEqual(before)
    const draft = await payload.findByID({ collection: SLUGS.legalizations, id: legalizationId, depth: 0 })
    expect(draft.status).toBe('BORRADOR')
    expect((await payload.findByID({ collection: SLUGS.policies, id: second.id, depth: 0 })).amountPaid).toBe(23_000)
  })

  it('R-LEG-05 confirming writes a payment per mean, credits the policies and files a Recaudo request, once', async () => {
    const before = await counts()
    const first = await confirm(brokerA, legalizationId, { means: [transfer(1_428_000), card(2_000_000)] }, 'key-leg-confirm-1')
    expect(first.status).toBe(201)
    expect(first.body.replayed).toBe(false)
    expect(first.body.message).toBe('Legalización confirmada: $ 3.428.000 en 2 medio(s) de pago.')
    expect(first.body.payments.map((p: any) => [p.kind, p.amount])).toEqual([
      ['TRANSFERENCIA', 1_428_000],
      ['DATAFONO', 2_000_000],
    ])
    expect(first.body.request.caseNumber).toMatch(/^COL_\d{4}_\d+$/)
    // R-LEG-06: the summary the broker sees: Nº Póliza, Rec o Doc, Valor.
    expect(first.body.lines).toEqual([
      { policyNumber: world.policies.policyBog.number, receipts: '0', amount: 1_428_000 },
      { policyNumber: second.number, receipts: '0', amount: 2_000_000 },
    ])

    const payments = await payload.find({ collection: SLUGS.payments, where: { legalization: { equals: legalizationId } }, depth: 0 })
    expect(payments.totalDocs).toBe(2)
    for (const p of payments.docs) expect(p.policies).toEqual([world.policies.policyBog.id, second.id])
    const card1 = payments.docs.find((p) => p.kind === 'DATAFONO')!
    expect(card1).toMatchObject({ authorizationNumber: '889911', franchise: 'VISA', clave: world.claves.claveA })

    for (const id of [world.policies.policyBog.id, second.id]) {
      const p = await payload.findByID({ collection: SLUGS.policies, id, depth: 0 })
      expect(p.paymentStatus).toBe('PAGADA')
      expect(p.amountPaid).toBe(p.totalDue)
    }
    const request = await payload.findByID({ collection: SLUGS.requests, id: first.body.request.id, depth: 0 })
    expect(request.title).toBe('Recaudo · Legalización de pagos')
    expect(request.legalization).toBe(legalizationId)
    expect(request.status).toBe('RADICADO')

    const retry = await confirm(brokerA, legalizationId, { means: [transfer(1_428_000), card(2_000_000)] }, 'key-leg-confirm-1')
    expect(retry.status).toBe(200)
    expect(retry.body.replayed).toBe(true)
    expect(retry.body.payments).toEqual(first.body.payments)
    expect(await counts()).toEqual({ payments: before.payments + 2, requests: before.requests + 1 })

    const otherKey = await confirm(brokerA, legalizationId, { means: [transfer(3_428_000)] }, 'key-leg-confirm-2')
    expect(otherKey.status).toBe(409)
    expect(otherKey.body.errors[0].message).toMatch(/^R-LEG-05: Esta legalización ya fue confirmada/)
    expect(await counts()).toEqual({ payments: before.payments + 2, requests: before.requests + 1 })
  })

  it('R-LEG-05 a confirmed legalization is not edited', async () => {
    const res = await brokerA.rest('PATCH', `/${SLUGS.legalizations}/${legalizationId}`, { policies: [second.id] })
    expect(res.status).toBe(409)
  })

  it("R-ROL-02 broker B cannot read, change or confirm broker A's legalization nor see its payments", async () => {
    expect([403, 404]).toContain((await brokerB.rest('GET', `/${SLUGS.legalizations}/${legalizationId}`)).status)
    expect([403, 404]).toContain((await brokerB.rest('PATCH', `/${SLUGS.legalizations}/${legalizationId}`, { policies: [] })).status)
    expect((await confirm(brokerB, legalizationId, { means: [transfer(3_428_000)] }, 'key-intruder-1')).status).toBe(403)
    const payments = await brokerB.rest('GET', `/${SLUGS.payments}?where[legalization][equals]=${legalizationId}`)
    expect(payments.body.docs).toEqual([])
    const gql = await brokerB.graphql(`{ Legalizations(limit: 100) { docs { id clave } } Payments(limit: 100) { docs { id clave } } }`)
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.Legalizations.docs.filter((d: any) => d.clave === world.claves.claveA)).toEqual([])
    expect(gql.body.data.Payments.docs.filter((d: any) => d.clave === world.claves.claveA)).toEqual([])
    const mine = await brokerA.graphql(`{ Payments(limit: 100) { docs { amount kind clave } } }`)
    expect(mine.body.data.Payments.docs.length).toBe(2)
    await expect(
      payload.findByID({ collection: SLUGS.legalizations, id: legalizationId, overrideAccess: false, user: world.users.brokerB }),
    ).rejects.toThrow()
  })
})

describe('R-LEG-04 manual legalization of a cancelled policy', () => {
  const manualDraft = (policyNumber: string) => ({
    flow: 'MANUAL',
    clave: world.claves.claveA,
    holderIdType: 'CC',
    holderIdNumber: world.parties.debtorBog.idNumber,
    holderName: `Ana ${world.tag}`,
    policyType: 'INDIVIDUAL',
    lineOfBusiness: 'HOGAR',
    manualPolicyNumber: policyNumber,
  })

  it('R-LEG-04 refuses the manual flow for a policy that is not cancelled', async () => {
    const res = await brokerA.rest('POST', `/${SLUGS.legalizations}`, manualDraft(world.policies.policyBog.number))
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/^R-LEG-04: La póliza .* no está cancelada/)
  })

  it('R-LEG-04 refuses support dated after the cancellation and writes nothing; accepts one dated before', async () => {
    const draft = await brokerA.rest('POST', `/${SLUGS.legalizations}?depth=0`, manualDraft(cancelled.number))
    expect(draft.status).toBe(201)
    expect(draft.body.doc).toMatchObject({ total: 500_000, holderName: `Ana ${world.tag}` })
    const before = await counts()
    const late = await confirm(brokerA, draft.body.doc.id, { means: [transfer(500_000, '2026-04-05')] }, 'key-manual-late')
    expect(late.status).toBe(400)
    expect(late.body.errors[0].message).toMatch(/^R-LEG-04: El soporte de pago del 2026-04-05 no es anterior a la cancelación/)
    expect(await counts()).toEqual(before)
    // Refused on the cancellation day itself too: the policy stays cancelled, the draft a draft.
    const sameDay = await confirm(brokerA, draft.body.doc.id, { means: [transfer(500_000, '2026-04-01')] }, 'key-manual-same-day')
    expect(sameDay.status).toBe(400)
    expect(await counts()).toEqual(before)
    const still = await payload.findByID({ collection: SLUGS.policies, id: cancelled.id, depth: 0 })
    expect([still.status, still.paymentStatus, String(still.cancelledAt).slice(0, 10)]).toEqual(['CANCELADA', 'PENDIENTE', '2026-04-01'])
    expect((await payload.findByID({ collection: SLUGS.legalizations, id: draft.body.doc.id, depth: 0 })).status).toBe('BORRADOR')
    const onTime = await confirm(brokerA, draft.body.doc.id, { means: [transfer(500_000, '2026-03-28')] }, 'key-manual-ok')
    expect(onTime.status).toBe(201)
    expect((await payload.findByID({ collection: SLUGS.policies, id: cancelled.id, depth: 0 })).paymentStatus).toBe('PAGADA')
  })

  it('R-LEG-04 the confirmed manual legalization reactivated the cancelled policy (support before the anulación)', async () => {
    const policy = await payload.findByID({ collection: SLUGS.policies, id: cancelled.id, depth: 0 })
    expect(policy.status).toBe('VIGENTE')
    expect(policy.cancelledAt ?? null).toBeNull()
    // The broker reads it back in force through the API too.
    const res = await brokerA.rest('GET', `/${SLUGS.policies}/${cancelled.id}?depth=0`)
    expect(res.body.status).toBe('VIGENTE')
  })
})

describe('R-LEG-02 the bank account is chosen from the catalogue', () => {
  let draftId: number

  it("R-LEG-02 a legalization is offered its branch's accounts first, then the national ones; never another branch's nor a closed one", async () => {
    const draft = await brokerA.rest('POST', `/${SLUGS.legalizations}?depth=0`, { clave: world.claves.claveA, policies: [third.id] })
    expect(draft.status).toBe(201)
    draftId = draft.body.doc.id
    const res = await brokerA.rest('GET', `/${SLUGS.legalizations}/${draftId}/bank-accounts`)
    expect(res.status).toBe(200)
    const ours = res.body.docs.filter((d: any) => [accounts.national.id, accounts.bog.id, accounts.med.id, accounts.closed.id].includes(d.id))
    expect(ours.map((d: any) => [d.id, d.forBranch])).toEqual([
      [accounts.bog.id, true],
      [accounts.national.id, false],
    ])
    expect(ours[0].label).toBe(`Bancolombia · Cuenta corriente BOG-${world.tag}`)
    expect([403, 404]).toContain((await brokerB.rest('GET', `/${SLUGS.legalizations}/${draftId}/bank-accounts`)).status)
  })

  it("R-LEG-02 another branch's account, a closed one or a typed one is refused and nothing is written", async () => {
    const before = await counts()
    const other = await confirm(brokerA, draftId, { means: [transfer(300_000, '2026-03-02', accounts.med.id)] }, 'key-account-other')
    expect(other.status).toBe(400)
    expect(other.body.errors[0].message).toMatch(/^R-LEG-02: La cuenta Bancolombia · Cuenta corriente MED-.* no es de la sucursal/)
    const closed = await confirm(brokerA, draftId, { means: [transfer(300_000, '2026-03-02', accounts.closed.id)] }, 'key-account-closed')
    expect(closed.body.errors[0].message).toMatch(/^R-LEG-02: .*ya no recibe pagos/)
    const typed = await confirm(brokerA, draftId, { means: [{ kind: 'TRANSFERENCIA', paidOn: '2026-03-02', amount: 300_000, bankAccount: 'CITIBANK 5060193217', bankBranch: '123' }] }, 'key-account-typed')
    expect(typed.status).toBe(400)
    expect(typed.body.errors[0].message).toMatch(/account/)
    expect(await counts()).toEqual(before)
    expect((await payload.findByID({ collection: SLUGS.legalizations, id: draftId, depth: 0 })).status).toBe('BORRADOR')
  })

  it("R-LEG-02 the branch's account is linked on the payment and the legalization, with its name kept", async () => {
    const res = await confirm(brokerA, draftId, { means: [transfer(300_000, '2026-03-02', accounts.bog.id)] }, 'key-account-ok')
    expect(res.status).toBe(201)
    const payment = (await payload.find({ collection: SLUGS.payments, where: { legalization: { equals: draftId } }, depth: 0 })).docs[0]!
    expect([payment.account, payment.bankAccount]).toEqual([accounts.bog.id, `Bancolombia · Cuenta corriente BOG-${world.tag}`])
    const legalization = await payload.findByID({ collection: SLUGS.legalizations, id: draftId, depth: 0 })
    expect(legalization.means?.[0]?.account).toBe(accounts.bog.id)
  })
})

describe('R-LEG-05 concurrent retries', () => {
  it('R-LEG-05 two confirmations with the same key at once record the payment once', async () => {
    const p = await createPolicy(payload, {
      number: `POL-R-${world.tag}`,
      holder: world.parties.debtorBog.id,
      branch: world.branches.bog.id,
      clave: world.claves.claveA,
      premium: 300_000,
      totalDue: 357_000,
    })
    const draft = await brokerA.rest('POST', `/${SLUGS.legalizations}?depth=0`, { clave: world.claves.claveA, policies: [p.id] })
    const before = await counts()
    const [a, b] = await Promise.all([
      confirm(brokerA, draft.body.doc.id, { means: [transfer(357_000)] }, 'key-race-0001'),
      confirm(brokerA, draft.body.doc.id, { means: [transfer(357_000)] }, 'key-race-0001'),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 201])
    expect(await counts()).toEqual({ payments: before.payments + 1, requests: before.requests + 1 })
  })
})

describe('R-CAR-04 a legalization pays certificates', () => {
  it('R-CAR-04 confirming a collective policy already partly paid completes its certificates oldest due first', async () => {
    const group = await createPolicy(payload, {
      number: `POL-C-${world.tag}`,
      type: 'COLECTIVA',
      lineOfBusiness: 'VIDA-GRUPO',
      holder: world.parties.debtorBog.id,
      branch: world.branches.bog.id,
      clave: world.claves.claveA,
      premium: 900_000,
      // Listed out of date order: the payment follows the due dates, not the list.
      certificates: [
        { number: '3', amountDue: 400_000, dueDate: noon('2026-03-20') },
        { number: '1', amountDue: 200_000, amountPaid: 50_000, dueDate: noon('2026-01-20') },
        { number: '2', amountDue: 300_000, dueDate: noon('2026-02-20') },
      ],
    })
    expect(group).toMatchObject({ totalDue: 900_000, amountPaid: 50_000, paymentStatus: 'PARCIAL', paymentDueDate: noon('2026-01-20') })
    const draft = await brokerA.rest('POST', `/${SLUGS.legalizations}?depth=0`, { clave: world.claves.claveA, policies: [group.id] })
    expect(draft.body.doc.total).toBe(850_000)
    const res = await confirm(brokerA, draft.body.doc.id, { means: [transfer(850_000)] }, `key-cert-${world.tag}`)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const paid = await payload.findByID({ collection: SLUGS.policies, id: group.id, depth: 0 })
    expect(paid.certificates!.map((c) => [c.number, c.amountPaid, c.status])).toEqual([
      ['3', 400_000, 'PAGADO'],
      ['1', 200_000, 'PAGADO'],
      ['2', 300_000, 'PAGADO'],
    ])
    expect(paid).toMatchObject({ amountPaid: 900_000, paymentStatus: 'PAGADA' })
  })
})
