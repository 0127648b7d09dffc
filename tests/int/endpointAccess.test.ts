import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { countRows } from './helpers/fixtures'
import { requestKindIds } from './helpers/requestFixtures'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
let kinds: Record<string, number>
let legalizationId: number

type UserKey = keyof AccessWorld['users']
const ALL_USERS: UserKey[] = [
  'admin',
  'collectionsManager',
  'branchManagerBog',
  'professionalBog',
  'professionalMed',
  'firmA',
  'executor',
  'legal',
  'editor',
  'brokerA',
  'brokerB',
  'provider',
]

type Probe = {
  endpoint: string
  /** The operation the endpoint performs (POLICY.md, "Custom endpoints"). */
  permission: string
  call: (client: ApiClient, user: UserKey) => Promise<Response>
  allowed: UserKey[]
  /** What an allowed user gets from this probe: past the permission check, refused or answered by what follows. */
  allowedStatus: number
}

const json = (body: Record<string, unknown>) => body
const STAFF_WHO_FILE: UserKey[] = ['admin', 'collectionsManager', 'branchManagerBog', 'professionalBog', 'professionalMed']
const POLICY_READERS: UserKey[] = [...STAFF_WHO_FILE, 'firmA', 'executor', 'legal', 'brokerA', 'brokerB']

const arrearsProbe = (endpoint: string, path: () => string, allowedStatus: number): Probe => ({
  endpoint,
  permission: 'read policies',
  call: (c) => c.raw('GET', `${path()}?asOf=2026-06-01`),
  allowed: POLICY_READERS,
  allowedStatus,
})

const probes = (): Probe[] => [
  {
    endpoint: 'POST /api/legalizations/:id/confirm',
    permission: 'update of that legalization',
    // An allowed user passes the permission check and meets a 400 (no such account, R-LEG-02, or R-LEG-03; nothing written).
    call: (c) =>
      c.raw(
        'POST',
        `/${SLUGS.legalizations}/${legalizationId}/confirm`,
        json({ means: [{ kind: 'TRANSFERENCIA', paidOn: '2026-03-02', amount: 1, account: 1, bankBranch: '1' }] }),
        { 'Idempotency-Key': `probe-${Math.random()}` },
      ),
    allowed: ['admin', 'collectionsManager', 'branchManagerBog', 'professionalBog', 'brokerA'],
    allowedStatus: 400,
  },
  {
    endpoint: 'GET /api/legalizations/policies-due',
    permission: 'create legalization',
    call: (c) => c.raw('GET', `/${SLUGS.legalizations}/policies-due`),
    allowed: [...STAFF_WHO_FILE, 'brokerA', 'brokerB'],
    allowedStatus: 200,
  },
  {
    endpoint: 'POST /api/requests/lookup-client',
    permission: 'create request',
    call: (c, key) =>
      c.raw('POST', `/${SLUGS.requests}/lookup-client`, json({ idType: 'CC', idNumber: '99999999', clave: key === 'brokerB' ? world.claves.claveB : world.claves.claveA })),
    allowed: [...STAFF_WHO_FILE, 'brokerA', 'brokerB'],
    allowedStatus: 200,
  },
  {
    endpoint: 'GET /api/requests/export.xlsx',
    permission: 'read requests',
    call: (c) => c.raw('GET', `/${SLUGS.requests}/export.xlsx`),
    allowed: [...STAFF_WHO_FILE, 'executor', 'legal', 'brokerA', 'brokerB'],
    allowedStatus: 200,
  },
  {
    endpoint: 'GET /api/request-kinds/:id/form',
    permission: 'read that request kind',
    // A subtype without a form: allowed users get the 404 that says so.
    call: (c) => c.raw('GET', `/${SLUGS.requestKinds}/${kinds.RECAUDO}/form?subtype=REACTIVACION_POLIZA`),
    allowed: ALL_USERS,
    allowedStatus: 404,
  },
  {
    endpoint: 'GET /api/cases/worklist',
    permission: 'read cases',
    call: (c) => c.raw('GET', `/${SLUGS.cases}/worklist`),
    allowed: [...STAFF_WHO_FILE, 'firmA', 'executor', 'legal'],
    allowedStatus: 200,
  },
  arrearsProbe('GET /api/arrears', () => '/arrears', 200),
  arrearsProbe('GET /api/arrears/export.xlsx', () => '/arrears/export.xlsx', 200),
  // A policy outside the user's rows is a 404, as GET /api/policies/:id answers: no fixed status.
  arrearsProbe('GET /api/arrears/:policyId', () => `/arrears/${world.policies.policyBog.id}`, 0),
  arrearsProbe('GET /api/arrears/:policyId/export.xlsx', () => `/arrears/${world.policies.policyBog.id}/export.xlsx`, 0),
]

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  kinds = await requestKindIds(payload)
  const draft = await payload.create({
    collection: SLUGS.legalizations,
    data: { clave: world.claves.claveA, policies: [world.policies.policyBog.id] } as never,
    user: world.users.brokerA,
    overrideAccess: false,
    depth: 0,
  })
  legalizationId = draft.id
})

describe('R-ROL-01 / R-ROL-02 every custom endpoint checks the permission of the operation it performs', () => {
  it.each(probes().map((p) => [p.endpoint, p.permission, p] as const))('R-ROL-02 %s = %s', async (_endpoint, _permission, probe) => {
    const writesBefore = { payments: await countRows(payload, SLUGS.payments), requests: await countRows(payload, SLUGS.requests) }
    expect((await probe.call(api.anonymous, 'admin')).status, 'anonymous').toBe(401)
    for (const key of ALL_USERS) {
      const res = await probe.call(await api.as(world.users[key]), key)
      const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null
      if (probe.allowed.includes(key)) {
        expect(res.status, `${key} ${JSON.stringify(body)}`).not.toBe(401)
        expect(res.status, `${key} ${JSON.stringify(body)}`).not.toBe(403)
        if (probe.allowedStatus) expect(res.status, `${key} ${JSON.stringify(body)}`).toBe(probe.allowedStatus)
      } else {
        expect(res.status, `${key} ${JSON.stringify(body)}`).toBe(403)
        expect(body.errors[0].message, key).toMatch(/^No tiene permiso para (consultar|crear|modificar) /)
      }
    }
    expect({ payments: await countRows(payload, SLUGS.payments), requests: await countRows(payload, SLUGS.requests) }).toEqual(writesBefore)
  })
})
