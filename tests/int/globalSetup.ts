import { execFileSync } from 'child_process'
import { mkdtemp, rm } from 'fs/promises'
import net from 'net'
import os from 'os'
import path from 'path'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

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
  // The committed migrations, applied by Payload's own CLI exactly as a deployment does.
  // Observed (issue 4): `payload migrate` now and then exits 0 having printed and done nothing on a
  // fresh database, and every test then fails on missing tables. Its output ends in "Done." when
  // it really ran (a no-op run also says so), so retry until it does.
  for (let attempt = 1; ; attempt++) {
    const output = execFileSync('npx', ['payload', 'migrate'], {
      env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: '--no-deprecation' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    process.stdout.write(output)
    if (output.includes('Done.')) break
    if (attempt === 3) throw new Error('payload migrate no aplicó las migraciones tras tres intentos.')
  }
  project.provide('databaseUrl', url)
  return stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}
