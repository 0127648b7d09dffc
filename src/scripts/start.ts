/**
 * `npm run dev`: the whole local back office in one command. Starts PostgreSQL (embedded unless
 * DATABASE_URL is set), applies the committed migrations, seeds the demo data once, then serves
 * Next.js (admin at /admin). Ctrl+C stops Next.js and then PostgreSQL cleanly.
 */
import '@/db/loadEnv'

import { spawn, spawnSync } from 'child_process'
import { fileURLToPath } from 'url'

import { ensureLocalDatabase } from '@/db/localDatabase'

const port = process.env.PORT ?? '3000'
const database = await ensureLocalDatabase()

// tsx's loader in this node process, not tsx's command line (a second process that relays signals and exit codes).
const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'src/scripts/prepareDatabase.ts'], { stdio: 'inherit', env: process.env })
if (prepared.status !== 0) {
  await database?.stop()
  process.exit(prepared.status ?? 1)
}

console.log(`▸ Administración en http://localhost:${port}/admin`)
// The next binary itself (not npx), so a SIGTERM sent to it reaches the server it starts.
const nextBin = fileURLToPath(import.meta.resolve('next/dist/bin/next'))
const next = spawn(process.execPath, [nextBin, 'dev', '-p', port], { stdio: 'inherit', env: process.env })

let stopping = false
const stop = async (code: number) => {
  if (stopping) return
  stopping = true
  if (next.exitCode === null) {
    const exited = new Promise((resolve) => next.once('exit', resolve))
    next.kill('SIGTERM')
    await exited
  }
  await database?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
next.on('exit', (code) => void stop(code ?? 0))
