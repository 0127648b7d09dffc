import { execFileSync } from 'child_process'
import { mkdtemp, rm } from 'fs/promises'
import os from 'os'
import path from 'path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { freePort } from './helpers/freePort'

/**
 * A PostgreSQL of the test run's own (DATABASE_URL_TEST to use an external server instead),
 * migrated from scratch with the committed migrations, deleted at the end.
 */
export default async function setup(project: TestProject) {
  let stop = async () => {}
  let url = process.env.DATABASE_URL_TEST
  if (!url) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-test-pg-'))
    const running = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'cobranzas_test' })
    url = running.url
    stop = async () => {
      await running.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  }
  // The committed migrations, applied by the same script a deployment runs at start.
  execFileSync('npx', ['tsx', 'src/scripts/prepareDatabase.ts'], {
    env: { ...process.env, DATABASE_URL: url, SEED_DEMO_DATA: 'false', NODE_OPTIONS: '--no-deprecation' },
    stdio: 'inherit',
  })
  await assertMigrated(url)
  project.provide('databaseUrl', url)
  return stop
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
    databaseUrl: string
  }
}
