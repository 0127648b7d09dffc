import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mkdtemp, readdir, rm } from 'fs/promises'
import os from 'os'
import path from 'path'
import pg from 'pg'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { Branch, PortfolioImport, User } from '@/payload-types'
import { startChild, type Child } from './helpers/childProcess'
import { randomDigits } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'
import { samplePdf } from './helpers/sampleFiles'

/**
 * Issue 13 item 4, "done when": two app processes on one database and one S3 server share uploads
 * and sessions. Both run the real REST handlers (helpers/apiServer.ts) with the same DATABASE_URL,
 * PAYLOAD_SECRET and S3_* settings; server B also reads through a read replica (DATABASE_READ_URLS,
 * here the same database under another application_name, since no real replica can be built here).
 */
const { payload } = await initTestApp()

const BUCKET = 'cobranzas-pruebas'
const PASSWORD = 'Dos-Servidores-Una-Base-2026'
const REPLICA_APP = 'cobranzas-replica-b'

let s3: S3rver
let s3Dir: string
let s3Client: S3Client
let localDir: string
let serverA: Child
let serverB: Child
let baseA: string
let baseB: string
const users = {} as Record<'admin' | 'uploader' | 'outsider', User>
let branch: Branch

const signIn = async (base: string, user: User) => {
  const response = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: user.email, password: PASSWORD }) })
  expect(response.status).toBe(200)
  return (await response.json()).token as string
}
const auth = (token: string) => ({ Authorization: `JWT ${token}` })

/** Every file under a directory, recursively. */
const filesUnder = async (dir: string): Promise<string[]> => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name)

beforeAll(async () => {
  s3Dir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-s3-'))
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET, configs: [] }] })
  const { port: s3Port } = await s3.run()
  const s3Env = {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  }
  s3Client = new S3Client({ region: 'us-east-1', endpoint: s3Env.S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  // Where the servers would write files if they used their disk: it must stay empty.
  localDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-disco-local-'))

  const tag = randomDigits(6)
  branch = (await payload.create({ collection: SLUGS.branches, data: { code: `S${tag}`, name: `Servidores ${tag}`, city: 'Cali' }, overrideAccess: true, depth: 0 })) as Branch
  const user = async (key: string, role: string, extra: Record<string, unknown> = {}) =>
    (await payload.create({ collection: SLUGS.users, data: { email: `${key}-${tag}@servidores.co`, password: PASSWORD, name: key, role, ...extra } as never, overrideAccess: true, depth: 0 })) as User
  users.admin = await user('admin', ROLES.admin)
  users.uploader = await user('intermediario-a', ROLES.broker, { claves: [`7${randomDigits(4)}`] })
  users.outsider = await user('intermediario-b', ROLES.broker, { claves: [`8${randomDigits(4)}`] })

  const replica = new URL(process.env.DATABASE_URL!)
  replica.searchParams.set('application_name', REPLICA_APP)
  const env = { ...process.env, ...s3Env, UPLOADS_DIR: localDir, DISABLE_JOB_AUTORUN: 'true', JOBS_RUNNER: 'worker' }
  serverA = startChild('tests/int/helpers/apiServer.ts', env)
  serverB = startChild('tests/int/helpers/apiServer.ts', { ...env, DATABASE_READ_URLS: replica.toString() })
  baseA = `http://127.0.0.1:${(await serverA.waitFor(/LISTENING (\d+)/, 180_000))[1]}`
  baseB = `http://127.0.0.1:${(await serverB.waitFor(/LISTENING (\d+)/, 180_000))[1]}`
}, 240_000)

afterAll(async () => {
  await serverA?.stop()
  await serverB?.stop()
  s3Client?.destroy()
  await s3?.close().catch(() => {})
  for (const dir of [s3Dir, localDir]) if (dir) await rm(dir, { recursive: true, force: true })
})

describe('two app servers on one database and one S3 server (issue 13 item 4)', () => {
  it('a token signed in on A works on B (same PAYLOAD_SECRET, sessions in the database)', async () => {
    const token = await signIn(baseA, users.uploader)
    const me = await fetch(`${baseB}/api/users/me`, { headers: auth(token) })
    expect(me.status).toBe(200)
    expect((await me.json()).user).toMatchObject({ id: users.uploader.id, email: users.uploader.email })
    // A forged token is still refused on B.
    const forged = await fetch(`${baseB}/api/users/me`, { headers: auth(`${token.slice(0, -4)}AAAA`) })
    expect((await forged.json()).user ?? null).toBeNull()
  })

  it('a document uploaded through A is downloaded through B with the same bytes; it is in the bucket, not on disk; others get no access', async () => {
    const token = await signIn(baseA, users.uploader)
    const pdf = samplePdf(2_000)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'soporte-dos-servidores.pdf')
    // Where the object lives is the server's to decide: a client naming another folder or key is ignored.
    form.append('_payload', JSON.stringify({ category: 'SOPORTE', description: 'Subido por A', prefix: 'imports', _objectKey: 'ajeno' }))
    const created = await fetch(`${baseA}/api/documents?depth=0`, { method: 'POST', headers: auth(token), body: form })
    const body = await created.json()
    expect(created.status, JSON.stringify(body)).toBe(201)
    const doc = body.doc as { id: number; filename: string; url: string; prefix: string }
    // Downloads are Payload's own, access-checked route, never a direct link to the bucket.
    expect(doc.url.startsWith(`/api/documents/file/${encodeURIComponent(doc.filename)}`)).toBe(true)

    const download = await fetch(`${baseB}${doc.url}`, { headers: auth(token) })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toMatch(/^application\/pdf/)
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf)

    // In the S3 server's bucket under the collection's folder, and nowhere on the servers' disk.
    const key = `${doc.prefix}/${doc.filename}`
    expect(doc.prefix).toBe('documents')
    const stored = await payload.findByID({ collection: SLUGS.documents, id: doc.id, depth: 0, overrideAccess: true })
    expect((stored as { _objectKey?: string | null })._objectKey ?? null).not.toBe('ajeno')
    const head = await s3Client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))
    expect(head.ContentLength).toBe(pdf.length)
    const object = await s3Client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
    expect(Buffer.from(await object.Body!.transformToByteArray())).toEqual(pdf)
    expect(await filesUnder(localDir)).toEqual([])

    // Another broker, signed in on B, and an anonymous visitor: no file, no document.
    const outsider = await signIn(baseB, users.outsider)
    const refused = await fetch(`${baseB}${doc.url}`, { headers: auth(outsider) })
    expect([403, 404]).toContain(refused.status)
    expect(Buffer.from(await refused.arrayBuffer()).includes(Buffer.from('%PDF'))).toBe(false)
    expect([403, 404]).toContain((await fetch(`${baseB}/api/documents/${doc.id}`, { headers: auth(outsider) })).status)
    expect([401, 403, 404]).toContain((await fetch(`${baseB}${doc.url}`)).status)
  })

  it('DATABASE_READ_URLS: server B started with a replica and serves its reads through it', async () => {
    const token = await signIn(baseA, users.uploader)
    // Reads only on B (its last write is older than the 2 s during which reads stay on the primary).
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    try {
      // B's own recent writes (a sign-in of the test before) keep its reads on the primary for a moment: read until they go to the replica.
      await expect
        .poll(
          async () => {
            expect((await fetch(`${baseB}/api/documents?depth=0&limit=1`, { headers: auth(token) })).status).toBe(200)
            const { rows } = await client.query<{ query: string }>('SELECT query FROM pg_stat_activity WHERE application_name = $1', [REPLICA_APP])
            return rows.some((r) => /from "documents"/i.test(r.query))
          },
          { timeout: 20_000, interval: 500 },
        )
        .toBe(true)
    } finally {
      await client.end()
    }
  })

  it('a portfolio import uploaded through A is read from the bucket by the import job run on B', async () => {
    const admin = await signIn(baseA, users.admin)
    const id = `1${randomDigits(9)}`
    const csv = `TIPO_DOC;NUM_DOC;DV;NOMBRES;APELLIDOS;RAZON_SOCIAL;SUCURSAL\r\nCC;${id};;Dora;Servidores;;${branch.code}\r\n`
    const form = new FormData()
    form.append('file', new Blob([csv], { type: 'text/csv' }), `terceros-${id}.csv`)
    form.append('_payload', JSON.stringify({ kind: 'TERCEROS', mode: 'TODO_O_NADA' }))
    const created = await fetch(`${baseA}/api/${SLUGS.portfolioImports}?depth=0`, { method: 'POST', headers: auth(admin), body: form })
    const body = await created.json()
    expect(created.status, JSON.stringify(body)).toBe(201)
    const upload = body.doc as PortfolioImport
    expect(await filesUnder(localDir)).toEqual([])

    // B runs the whole imports queue, as the admin's run does: other files' unrun loads on this
    // database (files on another disk than B's bucket) are not this test's.
    const { docs: unrun } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'imports' } }, { completedAt: { exists: false } }] },
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    const others = unrun.filter((job) => Number((job.input as { importId?: number } | null)?.importId) !== upload.id).map((job) => job.id)
    if (others.length > 0) await payload.delete({ collection: 'payload-jobs', where: { id: { in: others } }, overrideAccess: true })
    const run = await fetch(`${baseB}/api/payload-jobs/run?queue=imports`, { headers: auth(admin) })
    expect(run.status).toBe(200)
    const done = (await payload.findByID({ collection: SLUGS.portfolioImports, id: upload.id, depth: 0, overrideAccess: true })) as PortfolioImport
    expect(done, JSON.stringify(done)).toMatchObject({ status: 'CARGADA', rowsTotal: 1, rowsFailed: 0 })
    const party = await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: id } }, depth: 0, overrideAccess: true })
    expect(party.docs).toHaveLength(1)
  })
})
