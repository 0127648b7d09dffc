import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { confirmLegalizationWorkflow } from '@/legalization/confirm/confirmLegalizationWorkflow'
import { CONFIRMATION_STEPS } from '@/legalization/confirm/types'
import type { Policy, User } from '@/payload-types'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { countRows, createPolicy, noon, storedRow } from './helpers/fixtures'
import { requestKindIds } from './helpers/requestFixtures'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
let brokerA: ApiClient

// R-LEG-02: a national account of the catalogue (created in beforeAll).
let accountId: number
const transfer = (amount: number) => ({ kind: 'TRANSFERENCIA', paidOn: '2026-03-02', amount, account: accountId, bankBranch: '123' })

const confirm = async (client: ApiClient, id: number, amount: number, key: string) => {
  const res = await client.raw('POST', `/${SLUGS.legalizations}/${id}/confirm`, { means: [transfer(amount)] }, { 'Idempotency-Key': key })
  return { status: res.status, body: await res.json() }
}

/** A collective policy of broker A's clave with two unpaid certificates: 500 000 due. */
const policyWithCertificates = () =>
  createPolicy(payload, {
    holder: world.parties.debtorBog.id,
    branch: world.branches.bog.id,
    clave: world.claves.claveA,
    type: 'COLECTIVA',
    lineOfBusiness: 'VIDA-GRUPO',
    certificates: [
      { number: '1', amountDue: 200_000, dueDate: noon('2026-01-20') },
      { number: '2', amountDue: 300_000, dueDate: noon('2026-02-20') },
    ],
  })

const draftOf = async (client: ApiClient, policyId: number) => {
  const res = await client.rest('POST', `/${SLUGS.legalizations}?depth=0`, { clave: world.claves.claveA, policies: [policyId] })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}

/** Everything a confirmation writes about one policy, read straight from the database. */
const moneyOf = async (policyId: number) => {
  const payments = await payload.find({ collection: SLUGS.payments, where: { policies: { contains: policyId } }, depth: 0, pagination: false, overrideAccess: true })
  const policy = (await storedRow(payload, SLUGS.policies, policyId)) as Policy
  return {
    payments: payments.totalDocs,
    paid: payments.docs.reduce((sum, p) => sum + (p.amount ?? 0), 0),
    credited: (policy.certificates ?? []).reduce((sum, c) => sum + (c.amountPaid ?? 0), 0),
    creditWrites: await countRows(payload, SLUGS.auditLogs, {
      and: [{ collectionSlug: { equals: SLUGS.policies } }, { documentId: { equals: String(policyId) } }, { operation: { equals: 'update' } }],
    }),
  }
}

beforeAll(async () => {
  accountId = (await payload.create({ collection: SLUGS.bankAccounts, data: { bank: 'CITIBANK', accountNumber: `5060-${Date.now()}` }, depth: 0 })).id
  world = await buildAccessWorld(payload)
  await requestKindIds(payload)
  brokerA = await api.as(world.users.brokerA)
})

describe('R-LEG-05 money is applied once under concurrent confirmations', () => {
  it('R-LEG-05 ten confirmations at once of ten legalizations of the same policy record one payment and credit the policy once', async () => {
    const policy = await policyWithCertificates()
    const drafts: number[] = []
    for (let i = 0; i < 10; i++) drafts.push(await draftOf(brokerA, policy.id))
    const before = await moneyOf(policy.id)

    const answers = await Promise.all(drafts.map((id, i) => confirm(brokerA, id, 500_000, `race-${world.tag}-${i}`)))

    const confirmed = answers.filter((a) => a.status === 201)
    expect(confirmed.length, JSON.stringify(answers.map((a) => a.status))).toBe(1)
    // The others priced the policy after the winner committed: nothing left to pay.
    for (const refused of answers.filter((a) => a.status !== 201)) {
      expect(refused.status, JSON.stringify(refused.body)).toBe(400)
      expect(refused.body.errors[0].message).toBe(`R-LEG-01: La póliza ${policy.number} no tiene saldo pendiente.`)
    }
    expect(await moneyOf(policy.id)).toEqual({ payments: 1, paid: 500_000, credited: 500_000, creditWrites: before.creditWrites + 1 })
    expect(await countRows(payload, SLUGS.requests, { legalization: { in: drafts } })).toBe(1)
    const statuses = await payload.find({ collection: SLUGS.legalizations, where: { id: { in: drafts } }, depth: 0, pagination: false })
    expect(statuses.docs.filter((d) => d.status === 'CONFIRMADA').map((d) => d.id)).toEqual([confirmed[0]!.body.legalization.id])
  })

  it('R-LEG-05 ten confirmations at once of the same legalization with the same Idempotency-Key record one payment set; the others replay it', async () => {
    const policy = await policyWithCertificates()
    const id = await draftOf(brokerA, policy.id)
    const before = await moneyOf(policy.id)

    const answers = await Promise.all(Array.from({ length: 10 }, () => confirm(brokerA, id, 500_000, `same-${world.tag}`)))

    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
    const first = answers.find((a) => a.status === 201)!.body
    for (const replay of answers.filter((a) => a.status === 200)) {
      expect(replay.body.replayed).toBe(true)
      expect(replay.body.payments).toEqual(first.payments)
      expect(replay.body.request).toEqual(first.request)
    }
    expect(await moneyOf(policy.id)).toEqual({ payments: 1, paid: 500_000, credited: 500_000, creditWrites: before.creditWrites + 1 })
    expect(await countRows(payload, SLUGS.requests, { legalization: { equals: id } })).toBe(1)
  })
})

describe('R-LEG-05 the confirmation runs as steps in one transaction', () => {
  // Fail after each step that writes: whatever the earlier steps wrote is rolled back with it.
  const WRITING_STEPS = CONFIRMATION_STEPS.slice(CONFIRMATION_STEPS.indexOf('recordPayments'))

  it.each(WRITING_STEPS)('R-LEG-05 a failure right after "%s" leaves nothing written, and the draft can still be confirmed', async (failAfter) => {
    const policy = await policyWithCertificates()
    const id = await draftOf(brokerA, policy.id)
    const before = {
      money: await moneyOf(policy.id),
      requests: await countRows(payload, SLUGS.requests),
      counters: await payload.find({ collection: SLUGS.caseNumberCounters, depth: 0, pagination: false, overrideAccess: true }),
    }
    const req = await createLocalReq({ user: { ...(world.users.brokerA as User), collection: SLUGS.users } as never }, payload)
    const input = { means: [transfer(500_000)] as never }
    const ran: string[] = []

    await expect(
      confirmLegalizationWorkflow(req, { id, key: `fail-${failAfter}-${world.tag}`, input }, {
        afterStep: (step) => {
          ran.push(step)
          if (step === failAfter) throw new Error(`Fallo forzado después de ${step}`)
        },
      }),
    ).rejects.toThrow(`Fallo forzado después de ${failAfter}`)

    expect(ran).toEqual(CONFIRMATION_STEPS.slice(0, CONFIRMATION_STEPS.indexOf(failAfter) + 1))
    expect(await moneyOf(policy.id)).toEqual(before.money)
    expect(await countRows(payload, SLUGS.requests)).toBe(before.requests)
    expect((await payload.find({ collection: SLUGS.caseNumberCounters, depth: 0, pagination: false, overrideAccess: true })).docs).toEqual(
      before.counters.docs,
    )
    expect(await storedRow(payload, SLUGS.legalizations, id)).toMatchObject({ status: 'BORRADOR', idempotencyKey: null, request: null })

    const retried = await confirm(brokerA, id, 500_000, `fail-${failAfter}-${world.tag}`)
    expect(retried.status, JSON.stringify(retried.body)).toBe(201)
    expect(await moneyOf(policy.id)).toEqual({ payments: 1, paid: 500_000, credited: 500_000, creditWrites: before.money.creditWrites + 1 })
  })
})

describe('R-ROL-01 confirming is changing the legalization', () => {
  it('R-ROL-01 the legal manager, who may not PATCH a broker\'s legalization, may not confirm it either; nothing is written', async () => {
    const policy = await policyWithCertificates()
    const id = await draftOf(brokerA, policy.id)
    const before = await moneyOf(policy.id)
    for (const user of [world.users.legal, world.users.executor, world.users.firmA, world.users.editor, world.users.professionalMed, world.users.brokerB, world.users.provider]) {
      const client = await api.as(user)
      expect((await client.rest('PATCH', `/${SLUGS.legalizations}/${id}`, { policies: [policy.id] })).status, user.email).toBeGreaterThanOrEqual(403)
      const res = await confirm(client, id, 500_000, `intruder-${user.id}-${world.tag}`)
      expect(res.status, `${user.email} ${JSON.stringify(res.body)}`).toBe(403)
      expect(res.body.errors[0].message).toBe(`No tiene permiso para modificar el registro ${id} de legalizaciones de pagos.`)
    }
    expect(await moneyOf(policy.id)).toEqual(before)
    expect((await storedRow(payload, SLUGS.legalizations, id)).status).toBe('BORRADOR')
  })

  it('R-ROL-01 branch staff of the legalization\'s branch confirm it as before', async () => {
    const policy = await policyWithCertificates()
    const id = await draftOf(brokerA, policy.id)
    const res = await confirm(await api.as(world.users.professionalBog), id, 500_000, `staff-${world.tag}`)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(await moneyOf(policy.id)).toMatchObject({ payments: 1, paid: 500_000, credited: 500_000 })
  })
})
