import path from 'path'
import { fileURLToPath } from 'url'
import { defineConfig } from 'vitest/config'

const INT_WORKERS = 2

const dirname = path.dirname(fileURLToPath(import.meta.url))

const resolve = {
  alias: {
    '@payload-config': path.resolve(dirname, 'payload.config.ts'),
    '@': path.resolve(dirname, 'src'),
  },
}

/**
 * Integration files that set, before the config loads, what it reads (a test SMTP server's SMTP_*,
 * UPLOADS_DIR, limits): each needs a config and a Payload of its own.
 */
const ISOLATED_INT_FILES = [
  'tests/int/authentication.test.ts',
  'tests/int/deadlineSweep.test.ts',
  'tests/int/documents.test.ts',
  'tests/int/emailMessages.test.ts',
  'tests/int/providerRegistrationLimits.test.ts',
  'tests/int/signedActNoticeMail.test.ts',
  'tests/int/sweepMailRetry.test.ts',
  'tests/int/uploadSafety.test.ts',
]

// Integration files run two at a time, each worker on its own copy of the migrated database
// (tests/int/globalSetup.ts, shared by both int projects); generous timeouts, as two workers share
// two cores with PostgreSQL.
const intProject = {
  environment: 'node' as const,
  globalSetup: ['tests/int/globalSetup.ts'],
  setupFiles: ['tests/int/setupDatabaseEnv.ts'],
  maxWorkers: INT_WORKERS,
  testTimeout: 60_000,
  hookTimeout: 120_000,
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Unit and int files share one group of workers (same maxWorkers, same groupOrder).
          maxWorkers: INT_WORKERS,
        },
      },
      {
        resolve,
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          exclude: ISOLATED_INT_FILES,
          ...intProject,
          // A worker's files share one module graph: the config is loaded and Payload started once
          // per worker rather than once per file (about ten seconds a file).
          isolate: false,
          provide: { sharedApp: true },
        },
      },
      {
        resolve,
        test: {
          name: 'int-isolated',
          include: ISOLATED_INT_FILES,
          ...intProject,
          provide: { sharedApp: false },
          // After the shared-app files, on the same worker databases.
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // A throwaway PostgreSQL with the demo data and `next dev` serving the admin.
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // One browser flow at a time against the one server, in a group of its own (never
          // alongside unit or int files): on a 2-core machine they would starve the browser's waits.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 900_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
