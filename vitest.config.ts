import path from 'path'
import { fileURLToPath } from 'url'
import { defineConfig } from 'vitest/config'

// Integration files run two at a time, each worker on a database of its own (tests/int/globalSetup.ts).
const INT_WORKERS = 2

const dirname = path.dirname(fileURLToPath(import.meta.url))

const resolve = {
  alias: {
    '@payload-config': path.resolve(dirname, 'payload.config.ts'),
    '@': path.resolve(dirname, 'src'),
  },
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
          environment: 'node',
          // One throwaway PostgreSQL per run, migrated from the committed migrations.
          globalSetup: ['tests/int/globalSetup.ts'],
          setupFiles: ['tests/int/setupDatabaseEnv.ts'],
          // Two files at a time, each worker on its own copy of the migrated database; generous
          // timeouts, as two workers share two cores with PostgreSQL.
          maxWorkers: INT_WORKERS,
          testTimeout: 60_000,
          hookTimeout: 120_000,
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
          sequence: { groupOrder: 1 },
          testTimeout: 900_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
