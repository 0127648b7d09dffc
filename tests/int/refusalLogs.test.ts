import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAppLogger } from '@/logging/appLogger'
import { buildAccessWorld, PASSWORD, type AccessWorld } from './helpers/accessWorld'
import { initTestApp } from './helpers/initTestApp'

// The app's own route handlers (with their request wrapper), as Next.js serves them at /api.
const routes = await import('@/app/(payload)/api/[...slug]/route')

type Line = { level: string; msg?: string; reqId?: string; err?: { stack?: string }; stack?: string }

const { payload, api } = await initTestApp()
let world: AccessWorld
let lines: Line[] = []
let raw = ''
let originalLogger: Payload['logger']

const call = async (method: 'GET' | 'POST', path: string, { token, body, requestId }: { token?: string; body?: unknown; requestId: string }) => {
  const headers = new Headers({ 'X-Request-Id': requestId })
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body) headers.set('Content-Type', 'application/json')
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, { method, headers, body: body ? JSON.stringify(body) : undefined })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await routes[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, requestId: response.headers.get('x-request-id'), body: await response.json() }
}

const linesOf = (requestId: string) => lines.filter((l) => l.reqId === requestId)

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  // The app's logger configuration, writing JSON lines here instead of the console.
  originalLogger = payload.logger
  payload.logger = buildAppLogger({
    write: (line: string) => {
      raw += line
      lines.push(JSON.parse(line))
    },
  })
})

afterAll(() => {
  payload.logger = originalLogger
})

describe('logs tell faults from refusals', () => {
  it('logs a refusal over GraphQL (the error wraps the 403) as one line without a stack', async () => {
    const graphql = await import('@/app/(payload)/api/graphql/route')
    const login = await call('POST', '/users/login', { body: { email: world.users.professionalBog.email, password: PASSWORD }, requestId: 'login-gql' })
    lines = []
    raw = ''
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login.body.token}`, 'X-Request-Id': 'gql-prohibido' },
      body: JSON.stringify({ query: 'mutation { createBranch(data: { code: "GQ1", name: "Prohibida", city: "Cali" }) { id } }' }),
    })
    const response = await graphql.POST(request)
    const body = await response.json()
    expect(body.errors[0].extensions.statusCode).toBe(403)
    expect(lines.length, raw).toBeGreaterThanOrEqual(1)
    for (const line of lines) expect(line.level, raw).toBe('info')
    expect(raw).not.toContain('"stack"')
    expect(raw).not.toMatch(/\bat .+:\d+:\d+/)
  })

  it('logs each expected refusal (401, 403, 400) as at most one line without a stack, with its request id', async () => {
    const login = await call('POST', '/users/login', { body: { email: world.users.professionalBog.email, password: PASSWORD }, requestId: 'login' })
    expect(login.status).toBe(200)
    lines = []
    raw = ''

    const requests: Promise<{ status: number; requestId: string | null }>[] = []
    for (let i = 0; i < 50; i++) requests.push(call('GET', '/parties?depth=0', { requestId: `anonimo-${i}` }))
    for (let i = 0; i < 50; i++) {
      requests.push(call('POST', '/branches', { token: login.body.token, body: { code: `X${i}`, name: `Prohibida ${i}`, city: 'Cali' }, requestId: `prohibido-${i}` }))
    }
    const answers = await Promise.all(requests)
    const statuses = new Set(answers.map((a) => a.status))
    expect([...statuses].every((s) => s === 401 || s === 403)).toBe(true)
    expect(answers.filter((a) => a.requestId?.startsWith('prohibido-')).every((a) => a.status === 403)).toBe(true)
    // The caller's id comes back, to match a complaint with the log.
    expect(answers.map((a) => a.requestId)).toEqual([...Array(50)].map((_, i) => `anonimo-${i}`).concat([...Array(50)].map((_, i) => `prohibido-${i}`)))

    const admin = await call('POST', '/users/login', { body: { email: world.users.admin.email, password: PASSWORD }, requestId: 'login-admin' })
    const invalid = await call('POST', '/branches', { token: admin.body.token, body: {}, requestId: 'invalido' })
    expect(invalid.status).toBe(400)

    for (const answer of [...answers, invalid]) {
      const own = linesOf(answer.requestId!)
      expect(own.length, JSON.stringify(own)).toBeLessThanOrEqual(1)
      for (const line of own) expect(line.level).toBe('info')
    }
    expect(lines.length).toBeLessThanOrEqual(answers.length + 1 + 2)
    expect(raw).not.toContain('"stack"')
    expect(raw).not.toMatch(/\bat .+:\d+:\d+/)
  })

  it('keeps the stack of a fault, with its request id', async () => {
    const admin = await call('POST', '/users/login', { body: { email: world.users.admin.email, password: PASSWORD }, requestId: 'login-admin-2' })
    lines = []
    // An id beyond PostgreSQL's integer reaches the database and fails there: a 500, the code's fault.
    const fault = await call('GET', '/branches?where[id][equals]=99999999999999999999&depth=0', { token: admin.body.token, requestId: 'falla' })
    expect(fault.status).toBe(500)
    const own = linesOf('falla')
    expect(own.some((l) => l.level === 'error' && /\bat .+:\d+:\d+/.test(l.err?.stack ?? ''))).toBe(true)
  })
})
