import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { countRows } from './helpers/fixtures'
import { reactivationOf, requestKindIds } from './helpers/requestFixtures'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
let kinds: Record<string, number>
let brokerA: ApiClient

const file = async (client: ApiClient, body: Record<string, unknown>, key?: string) => {
  const res = await client.raw('POST', `/${SLUGS.requests}?depth=0`, body, key ? { 'Idempotency-Key': key } : {})
  return { status: res.status, body: await res.json() }
}

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  kinds = await requestKindIds(payload)
  brokerA = await api.as(world.users.brokerA)
})

describe('R-REQ-06 POST /api/requests with an Idempotency-Key files the request once', () => {
  it('R-REQ-06 a retry with the same key and body answers the first request (200, replayed) and files nothing', async () => {
    const body = reactivationOf(world, kinds, { comments: [{ text: 'Reactivar, por favor.' }] })
    const key = `req-retry-${world.tag}`
    const first = await file(brokerA, body, key)
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    const before = await countRows(payload, SLUGS.requests)

    const retry = await file(brokerA, body, key)
    expect(retry.status, JSON.stringify(retry.body)).toBe(200)
    expect(retry.body.replayed).toBe(true)
    expect(retry.body.doc).toMatchObject({ id: first.body.doc.id, caseNumber: first.body.doc.caseNumber })
    expect(retry.body.message).toBe(`R-REQ-06: Esta solicitud ya se radicó con ese Idempotency-Key (caso ${first.body.doc.caseNumber}); no se radica otra.`)
    expect(await countRows(payload, SLUGS.requests)).toBe(before)
    // The key is the server's: not in the API's answers, and a client cannot set it.
    expect(first.body.doc.idempotencyKey).toBeUndefined()
    expect(retry.body.doc.idempotencyFingerprint).toBeUndefined()
  })

  it('R-REQ-06 the same key with another body is a 409 and files nothing', async () => {
    const key = `req-conflict-${world.tag}`
    expect((await file(brokerA, reactivationOf(world, kinds), key)).status).toBe(201)
    const before = await countRows(payload, SLUGS.requests)
    const other = await file(brokerA, reactivationOf(world, kinds, { certificate: '7' }), key)
    expect(other.status, JSON.stringify(other.body)).toBe(409)
    expect(other.body.errors[0].message).toBe('R-REQ-06: Ese Idempotency-Key ya radicó otra solicitud con otros datos; use uno nuevo.')
    expect(await countRows(payload, SLUGS.requests)).toBe(before)
  })

  it('R-REQ-06 a key is its user\'s: another user with the same key files its own request; no key files every time', async () => {
    const key = `req-shared-${world.tag}`
    const staff = await api.as(world.users.professionalBog)
    const mine = await file(brokerA, reactivationOf(world, kinds), key)
    const theirs = await file(staff, reactivationOf(world, kinds), key)
    expect([mine.status, theirs.status]).toEqual([201, 201])
    expect(theirs.body.doc.id).not.toBe(mine.body.doc.id)
    const a = await file(brokerA, reactivationOf(world, kinds))
    const b = await file(brokerA, reactivationOf(world, kinds))
    expect([a.status, b.status]).toEqual([201, 201])
    expect(b.body.doc.id).not.toBe(a.body.doc.id)
  })

  it('R-REQ-06 a malformed key is a 400 naming the header; a client cannot write the key field itself', async () => {
    const bad = await file(brokerA, reactivationOf(world, kinds), 'corta')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/Idempotency-Key debe tener entre 8 y 100 caracteres/)
    const forged = await file(brokerA, reactivationOf(world, kinds, { idempotencyKey: 'forjada', idempotencyFingerprint: 'x' }))
    expect(forged.status).toBe(201)
    const stored = await payload.findByID({ collection: SLUGS.requests, id: forged.body.doc.id, depth: 0, showHiddenFields: true, overrideAccess: true })
    expect(stored.idempotencyKey ?? null).toBeNull()
  })

  it('R-REQ-06 ten POSTs at once with the same key file one request; the others replay it', async () => {
    const body = reactivationOf(world, kinds, { certificate: '42' })
    const key = `req-race-${world.tag}`
    const before = await countRows(payload, SLUGS.requests)
    const answers = await Promise.all(Array.from({ length: 10 }, () => file(brokerA, body, key)))
    expect(answers.map((a) => a.status).sort(), JSON.stringify(answers.map((a) => a.body.errors ?? a.status))).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ])
    const id = answers.find((a) => a.status === 201)!.body.doc.id
    expect(new Set(answers.map((a) => a.body.doc.id))).toEqual(new Set([id]))
    expect(answers.filter((a) => a.status === 200).every((a) => a.body.replayed === true)).toBe(true)
    expect(await countRows(payload, SLUGS.requests)).toBe(before + 1)
  })

  it('R-REQ-06 over GraphQL and the Local API a retry is a 409 naming the first request, and files nothing', async () => {
    // GraphQL's input type requires the status, which the server sets anyway (R-REQ-07).
    const body = reactivationOf(world, kinds, { certificate: '77', status: 'RADICADO' })
    const mutation = `mutation ($data: mutationRequestInput!) { createRequest(data: $data) { id caseNumber } }`
    const key = `req-gql-${world.tag}`
    const first = await brokerA.graphql(mutation, { data: body }, { 'Idempotency-Key': key })
    expect(first.body.errors, JSON.stringify(first.body)).toBeUndefined()
    const before = await countRows(payload, SLUGS.requests)
    const retry = await brokerA.graphql(mutation, { data: body }, { 'Idempotency-Key': key })
    expect(retry.body.data?.createRequest ?? null).toBeNull()
    expect(retry.body.errors[0].extensions.statusCode).toBe(409)
    expect(retry.body.errors[0].message).toBe(
      `R-REQ-06: Esta solicitud ya se radicó con ese Idempotency-Key (caso ${first.body.data.createRequest.caseNumber}); no se radica otra.`,
    )

    const local = () =>
      payload.create({
        collection: SLUGS.requests,
        data: reactivationOf(world, kinds, { certificate: '78' }) as never,
        user: world.users.brokerA,
        overrideAccess: false,
        context: { idempotencyKey: `req-local-${world.tag}` },
        depth: 0,
      })
    const filed = await local()
    await expect(local()).rejects.toMatchObject({ status: 409, data: { rule: 'R-REQ-06', replayOf: filed.id } })
    expect(await countRows(payload, SLUGS.requests)).toBe(before + 1)
  })
})
