import { execFileSync } from 'child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs'
import os from 'os'
import path from 'path'
import { describe, expect, it } from 'vitest'

import { shouldLoadDemoData } from '@/seed/shouldLoadDemoData'

const root = path.resolve(import.meta.dirname, '../..')

describe('shouldLoadDemoData: demo logins never reach a production database', () => {
  it.each([
    [{ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }, false],
    [{ NODE_ENV: 'production', SEED_DEMO_DATA: 'TRUE' }, false],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'development' }, true],
    [{}, true],
    [{ SEED_DEMO_DATA: '' }, true],
    [{ SEED_DEMO_DATA: 'true' }, true],
    [{ NODE_ENV: 'test', SEED_DEMO_DATA: 'false' }, false],
    [{ SEED_DEMO_DATA: 'no' }, false],
  ])('%j → %s', (env, expected) => {
    expect(shouldLoadDemoData(env)).toBe(expected)
  })
})

describe('.env is read the same way by every entry point', () => {
  const entryPoints = [
    ['payload.config.ts', '@/db/loadEnv'],
    ['src/scripts/start.ts', '@/db/loadEnv'],
    ['src/scripts/prepareDatabase.ts', '@/db/loadEnv'],
    ['src/scripts/sweep.ts', '@/db/loadEnv'],
    ['src/scripts/worker.ts', '@/db/loadEnv'],
    ['src/scripts/withDatabase.ts', '@/db/loadEnv'],
    ['scripts/bench-arrears-export.ts', '@/db/loadEnv'],
    ['scripts/bench-sweep.ts', '@/db/loadEnv'],
  ]

  it.each(entryPoints)('%s imports the env loader before anything else', (file, specifier) => {
    const firstImport = readFileSync(path.join(root, file), 'utf8').match(/^import .*$/m)?.[0]
    expect(firstImport).toBe(`import '${specifier}'`)
  })

  it('a script run from a folder with a .env sees its values; the environment still wins', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cobranzas-env-'))
    try {
      writeFileSync(path.join(dir, '.env'), 'COBRANZAS_ENV_PROBE=desde-dotenv\nCOBRANZAS_ENV_OVERRIDE=del-archivo\n')
      const { VITEST: _vitest, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, ...env } = process.env
      const output = execFileSync(
        path.join(root, 'node_modules/.bin/tsx'),
        [
          path.join(root, 'src/scripts/withDatabase.ts'),
          process.execPath,
          '-e',
          'console.log([process.env.COBRANZAS_ENV_PROBE, process.env.COBRANZAS_ENV_OVERRIDE].join(","))',
        ],
        // DATABASE_URL set: withDatabase starts no embedded server. Run from another folder, tsx
        // finds the app's tsconfig (its @/ paths) only when told where it is.
        {
          cwd: dir,
          env: { ...env, DATABASE_URL: 'postgres://unused', COBRANZAS_ENV_OVERRIDE: 'del-entorno', TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.json') },
          encoding: 'utf8',
        },
      )
      expect(output.trim().split('\n').pop()).toBe('desde-dotenv,del-entorno')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
