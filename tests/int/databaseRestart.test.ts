import { mkdtemp, rm } from 'fs/promises'
import os from 'os'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres, type RunningPostgres } from '@/db/embeddedPostgres'
import { freePort } from './helpers/freePort'
import { startChild, type Child } from './helpers/childProcess'
import { runScriptSync } from './helpers/tsxScript'

// A database of this test's own: it is stopped and started again under a running app.
let dataDir: string
let pgPort: number
let database: RunningPostgres
let app: Child
let base: string
let token: string

const ADMIN = { email: 'reinicio@prueba.co', password: 'Servidor-Vuelve-Pronto-2026!' }
const UNAVAILABLE = 'La base de datos no está disponible; intente de nuevo en unos segundos.'

const startDatabase = async () => {
  database = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'cobranzas_reinicio' })
}

type Answer = { status: number; retryAfter: string | null; message?: string; requestId: string | null; at: number; graphql?: boolean }

const answerOf = async (response: Response, graphql = false): Promise<Answer> => {
  const body = await response.json().catch(() => ({}))
  const message = body.message ?? body.errors?.[0]?.message
  // A GraphQL 200 that carries errors is no answer: it counts as odd (-2).
  const status = graphql && response.status === 200 && body.errors ? -2 : response.status
  return { status, retryAfter: response.headers.get('retry-after'), message, requestId: response.headers.get('x-request-id'), at: Date.now(), graphql }
}

const get = async (requestId: string): Promise<Answer> =>
  answerOf(await fetch(`${base}/api/branches?limit=1&depth=0`, { headers: { Authorization: `JWT ${token}`, 'X-Request-Id': requestId } }))

/** The same read as a portal sends it over GraphQL. */
const query = async (requestId: string): Promise<Answer> =>
  answerOf(
    await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'X-Request-Id': requestId, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Branches(limit: 1) { docs { id } } }' }),
    }),
    true,
  )

/** Three concurrent reads every 50 ms until stopped (at most 9 waiting), as portals under use would send, REST and GraphQL in turn. */
const load = () => {
  const answers: Answer[] = []
  let n = 0
  let waiting = 0
  const timer = setInterval(() => {
    for (let i = 0; i < 3 && waiting < 9; i++) {
      waiting++
      void (++n % 2 === 0 ? get : query)(`carga-${n}`)
        .then(
          (a) => answers.push(a),
          (error: Error) => answers.push({ status: -1, retryAfter: null, message: String(error.cause ?? error), requestId: null, at: Date.now() }),
        )
        .finally(() => waiting--)
    }
  }, 50)
  return { answers, stop: () => clearInterval(timer) }
}

const waitFor = async (check: () => boolean | Promise<boolean>, ms: number) => {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timeout')
    await new Promise((r) => setTimeout(r, 100))
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-reinicio-pg-'))
  pgPort = await freePort()
  await startDatabase()
  const env = { ...process.env, DATABASE_URL: database.url, SEED_DEMO_DATA: 'false', NODE_OPTIONS: '--no-deprecation', DISABLE_JOB_AUTORUN: 'true' }
  const migrated = runScriptSync('src/scripts/prepareDatabase.ts', [], { env })
  expect(migrated.status, migrated.stderr?.toString()).toBe(0)

  app = startChild('tests/int/helpers/apiServer.ts', { ...env, SERVER_ADMIN_EMAIL: ADMIN.email, SERVER_ADMIN_PASSWORD: ADMIN.password, LOG_FORMAT: 'json' })
  base = `http://127.0.0.1:${(await app.waitFor(/LISTENING (\d+)/, 90_000))[1]}`

  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) })
  expect(login.status).toBe(200)
  token = (await login.json()).token
}, 240_000)

afterAll(async () => {
  await app?.stop('SIGTERM')
  await database?.stop().catch(() => {})
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('the API across a PostgreSQL restart', () => {
  it('answers 503 with Retry-After while the database is down, stays up, and serves again once it is back', async () => {
    expect((await get('antes')).status).toBe(200)
    const traffic = load()
    await new Promise((r) => setTimeout(r, 500))

    const stoppedAt = Date.now()
    await database.stop()
    const downSince = Date.now()
    await new Promise((r) => setTimeout(r, 2_000))
    const restartAt = Date.now()
    await startDatabase()
    await waitFor(async () => (await get('sondeo')).status === 200, 20_000)
    const backAt = Date.now()
    // Served again is judged on a count of answers, not a fixed time: a loaded machine answers fewer per second.
    const servedSinceBack = () => traffic.answers.filter((a) => a.at > backAt + 200)
    await waitFor(() => servedSinceBack().length > 10, 20_000)
    traffic.stop()
    await new Promise((r) => setTimeout(r, 500))

    const { answers } = traffic
    const during = answers.filter((a) => a.at > downSince && a.at < restartAt)
    const after = servedSinceBack()
    expect(app.process.exitCode, app.output().slice(-3000)).toBeNull()
    // Nothing but served or "unavailable": no 500, no dropped connection, at any point.
    const odd = answers.filter((a) => a.status !== 200 && a.status !== 503)
    const oddLog = app.output().split('\n').filter((l) => odd.some((a) => a.requestId && l.includes(`"${a.requestId}"`)))
    expect(new Set(answers.map((a) => a.status)), JSON.stringify({ stoppedAt, downSince, restartAt, backAt, odd: odd.slice(0, 5), oddLog: oddLog.slice(0, 10) })).toEqual(new Set([200, 503]))
    expect(answers.filter((a) => a.at < stoppedAt).every((a) => a.status === 200)).toBe(true)
    expect(during.length).toBeGreaterThan(10)
    for (const answer of during) {
      expect(answer).toMatchObject({ status: 503, retryAfter: '5', message: UNAVAILABLE })
      expect(answer.requestId).toMatch(/^carga-\d+$/)
    }
    expect(during.filter((a) => a.graphql).length).toBeGreaterThan(3)
    expect(after.length).toBeGreaterThan(10)
    expect(after.every((a) => a.status === 200)).toBe(true)

    // The outage is logged as one warning line per request, with its id, and no stack trace.
    const lines = app.output().split('\n').filter((l) => l.startsWith('{'))
    const warnings = lines.map((l) => JSON.parse(l)).filter((l) => /Base de datos no disponible/.test(l.msg))
    expect(warnings.length).toBeGreaterThan(0)
    expect(warnings.every((w) => w.level === 'warn' && typeof w.reqId === 'string' && !('err' in w))).toBe(true)
    expect(app.output()).not.toMatch(/\n\s+at .+:\d+:\d+/)
  }, 60_000)
})
