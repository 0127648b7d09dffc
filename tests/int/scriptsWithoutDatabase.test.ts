import { spawn } from 'child_process'
import { describe, expect, it } from 'vitest'

import { freePort } from './helpers/freePort'
import { diedWhileLoading, LOADING_ATTEMPTS, tsxScript, warnRetry } from './helpers/tsxScript'

const runOnce = (script: string, args: string[], databaseUrl: string) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(...tsxScript(script, ...args), {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '--no-deprecation', LOG_FORMAT: 'json' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })

/** A start that died while loading (tsxScript.ts) is tried again, up to LOADING_ATTEMPTS in all. */
const run = async (script: string, args: string[], databaseUrl: string) => {
  for (let attempt = 1; ; attempt++) {
    const result = await runOnce(script, args, databaseUrl)
    if (attempt === LOADING_ATTEMPTS || !diedWhileLoading(result.code, result.stdout + result.stderr)) return result
    warnRetry(script)
  }
}

describe('command-line scripts without a database', () => {
  it('the sweep and the migration end with one line that says the database is unavailable, and exit 1', async () => {
    // Nobody listens on this port: the database is down.
    const url = `postgres://postgres:postgres@127.0.0.1:${await freePort()}/cobranzas`
    const results = await Promise.all([run('src/scripts/sweep.ts', ['--date', '2026-11-30'], url), run('src/scripts/prepareDatabase.ts', [], url)])
    for (const { code, stdout, stderr } of results) {
      expect(code, stderr).toBe(1)
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^✖ La base de datos no está disponible \(.*ECONNREFUSED.*\); verifique DATABASE_URL/)])
      // Payload's own connection failure is one warning line, not a stack.
      expect(stdout + stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
    }
  }, 240_000)
})
