import { mkdtemp, rm } from 'fs/promises'
import os from 'os'
import path from 'path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { freePort } from './helpers/freePort'
import { runScriptSync } from './helpers/tsxScript'

type RunDatabases = { databaseUrls: string[]; uploadsDir: string; stop: () => Promise<void> }

/**
 * Both integration projects (tests/int, shared app and isolated) call this setup; the run's
 * databases are made once and shared by them, kept on globalThis because each project loads this
 * module on its own. The last project's teardown stops them.
 */
const shared = globalThis as typeof globalThis & { __intDatabases?: Promise<RunDatabases>; __intProjects?: number }

export default async function setup(project: TestProject) {
  shared.__intDatabases ??= startRunDatabases(Number(project.config.maxWorkers) || 1)
  shared.__intProjects = (shared.__intProjects ?? 0) + 1
  const { databaseUrls, uploadsDir, stop } = await shared.__intDatabases
  project.provide('databaseUrls', databaseUrls)
  project.provide('uploadsDir', uploadsDir)
  return async () => {
    shared.__intProjects! -= 1
    if (shared.__intProjects === 0) await stop()
  }
}

/**
 * A PostgreSQL of the test run's own (DATABASE_URL_TEST to use an external server instead),
 * migrated from scratch with the committed migrations, then copied once per worker (a template
 * copy takes a second; migrating again would take a minute), deleted at the end.
 */
const startRunDatabases = async (workers: number): Promise<RunDatabases> => {
  let stopDatabase = async () => {}
  let url = process.env.DATABASE_URL_TEST
  if (!url) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-test-pg-'))
    const running = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'cobranzas_test' })
    url = running.url
    stopDatabase = async () => {
      await running.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  }
  // The committed migrations, applied by the same script a deployment runs at start.
  const migrated = runScriptSync('src/scripts/prepareDatabase.ts', [], {
    env: { ...process.env, DATABASE_URL: url, SEED_DEMO_DATA: 'false', NODE_OPTIONS: '--no-deprecation' },
    stdio: 'inherit',
  })
  if (migrated.status !== 0) throw new Error(`src/scripts/prepareDatabase.ts terminó con código ${migrated.status}`)
  await assertMigrated(url)
  // One copy per worker slot (VITEST_POOL_ID runs from 1 to the projects' maxWorkers).
  const databaseUrls = await copiesPerWorker(url, workers)
  const uploadsDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-test-uploads-'))
  return {
    databaseUrls,
    uploadsDir,
    stop: async () => {
      await stopDatabase()
      await rm(uploadsDir, { recursive: true, force: true })
    },
  }
}

/** One database per worker, created from the migrated one as a template (same schema, no rows). */
const copiesPerWorker = async (url: string, workers: number): Promise<string[]> => {
  const source = decodeURIComponent(new URL(url).pathname.slice(1))
  const maintenance = new URL(url)
  maintenance.pathname = '/postgres'
  const client = new pg.Client({ connectionString: maintenance.toString() })
  await client.connect()
  const urls: string[] = []
  try {
    for (let worker = 1; worker <= workers; worker++) {
      const name = `${source}_w${worker}`
      await client.query(`DROP DATABASE IF EXISTS "${name}"`)
      // CREATE DATABASE … TEMPLATE needs no session on the source: this one is on `postgres`.
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${source}"`)
      const copy = new URL(url)
      copy.pathname = `/${name}`
      urls.push(copy.toString())
    }
  } finally {
    await client.end()
  }
  return urls
}

/** A migration run that silently did nothing must stop the test run, not fail every test later. */
const assertMigrated = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query('SELECT count(*)::int AS applied FROM payload_migrations')
  await client.end()
  if (!(rows[0].applied > 0)) throw new Error(`No se aplicó ninguna migración en ${url}`)
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Worker n (VITEST_POOL_ID) uses the n-th. */
    databaseUrls: string[]
    uploadsDir: string
    /** Files of the shared-app project (vitest.config.ts) reuse one Payload per worker. */
    sharedApp: boolean
  }
}
