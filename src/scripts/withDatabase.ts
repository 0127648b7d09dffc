/**
 * Runs a command (e.g. `payload migrate:create`) against the local database, starting the
 * embedded PostgreSQL first when DATABASE_URL is not set, and stopping it afterwards.
 *   npm run with-db -- npx payload migrate:status
 */
import '@/db/loadEnv'

import { spawn } from 'child_process'

import { ensureLocalDatabase } from '@/db/localDatabase'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('Uso: npm run with-db -- <comando> [argumentos]')
  process.exit(2)
}

const database = await ensureLocalDatabase()
const child = spawn(command, args, { stdio: 'inherit', env: process.env })
const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
await database?.stop()
process.exit(code)
