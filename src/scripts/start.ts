/**
 * `npm run dev`: the whole local back office in one command. Starts PostgreSQL (embedded unless
 * DATABASE_URL is set), applies the committed migrations, seeds the demo data once, then serves
 * Next.js (admin at /admin). Ctrl+C stops Next.js and then PostgreSQL cleanly.
 */
import { spawn, spawnSync } from 'child_process'

import { ensureLocalDatabase } from '../db/localDatabase'

const port = process.env.PORT ?? '3000'
const database = await ensureLocalDatabase()

const prepared = spawnSync('npx', ['tsx', 'src/scripts/prepareDatabase.ts'], { stdio: 'inherit', env: process.env })
if (prepared.status !== 0) {
  await database?.stop()
  process.exit(prepared.status ?? 1)
}

const mode = process.argv.includes('--production') ? 'start' : 'dev'
console.log(`▸ Administración en http://localhost:${port}/admin`)
const next = spawn('npx', ['next', mode, '-p', port], { stdio: 'inherit', env: process.env })

let stopping = false
const stop = async (code: number) => {
  if (stopping) return
  stopping = true
  if (next.exitCode === null) next.kill('SIGTERM')
  await database?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
next.on('exit', (code) => void stop(code ?? 0))
