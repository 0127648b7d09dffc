import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { initTestApp } from './helpers/initTestApp'

const { payload } = await initTestApp()
let db: PostgresAdapter

type Drizzle = PostgresAdapter['drizzle']
type PushResult = { statementsToExecute: string[]; hasDataLoss: boolean; warnings: string[]; apply: () => Promise<void> }

/**
 * What drizzle-kit would change to make `database` match the schema Payload builds from the
 * collections: the same call Payload's dev-mode "push" makes (@payloadcms/drizzle
 * pushDevSchema), except that nothing is ever applied.
 */
const pendingSchemaChanges = async (database: Drizzle): Promise<string[]> => {
  const { pushSchema } = db.requireDrizzleKit()
  const result = (await pushSchema(
    db.schema,
    database,
    db.schemaName ? [db.schemaName] : undefined,
    db.tablesFilter,
    db.extensions?.postgis ? ['postgis'] : undefined,
  )) as unknown as PushResult
  return result.statementsToExecute
}

/**
 * drizzle-kit 0.31 reads a numeric column's `DEFAULT 0` back from PostgreSQL as the string '0', so it
 * always proposes `SET DEFAULT 0` for Payload's numeric columns with a default (users.login_attempts,
 * policies.amount_paid) although the database already has it: applying it changes nothing and the
 * next diff proposes it again. Such a statement is ignored only after checking, in the live
 * catalogue, that the column already carries exactly that default.
 */
const SET_DEFAULT = /^ALTER TABLE "(\w+)" ALTER COLUMN "(\w+)" SET DEFAULT (.+);$/

const isDefaultAlreadyInPlace = async (database: Drizzle, statement: string) => {
  const match = SET_DEFAULT.exec(statement)
  if (!match) return false
  const [, table, column, value] = match
  const { rows } = await database.execute(
    `select column_default from information_schema.columns where table_schema = current_schema() and table_name = '${table}' and column_name = '${column}'`,
  )
  return rows.length === 1 && rows[0]!.column_default === value
}

// Tables that no collection declares, created by hand-written migrations: for a library
// (rate-limiter-flexible's sign-in counters) and the arrears totals' rollup and its deltas, kept by
// triggers (20261202_020000_arrears_rollup). drizzle's diff would drop them.
const HAND_WRITTEN_TABLES = ['auth_rate_limits', 'arrears_rollup', 'arrears_rollup_delta']
// Indexes Payload cannot declare (partial, trigram, or on a has-many table's parent), created by hand
// in migrations: the arrears search's trigram (pg_trgm GIN) index on policies.search_text (R-CAR-03)
// the scale indexes of 20261201_130500_scale_reads_indexes and the import's certificate key.
// drizzle's diff would drop them.
const HAND_WRITTEN_INDEXES = [
  'policies_search_text_trgm_idx',
  'policies_unpaid_due_idx',
  'policies_unpaid_clave_due_idx',
  'policies_unpaid_branch_due_idx',
  'policies_unpaid_cover_start_idx',
  'parties_texts_parent_idx',
  'users_texts_parent_idx',
  // The portfolio import's upsert key for certificates (ON CONFLICT needs a unique index).
  'policies_certificates_parent_number_idx',
]
const isHandWrittenTable = (statement: string) => HAND_WRITTEN_TABLES.some((table) => statement.includes(`"${table}"`))
const isHandWrittenIndex = (statement: string) => HAND_WRITTEN_INDEXES.some((index) => statement.includes(`"${index}"`))

/** The statements that would really change the database. */
const realSchemaChanges = async (database: Drizzle) => {
  const real: string[] = []
  for (const statement of await pendingSchemaChanges(database)) {
    if (isHandWrittenTable(statement) || isHandWrittenIndex(statement)) continue
    if (!(await isDefaultAlreadyInPlace(database, statement))) real.push(statement)
  }
  return real
}

const ROLLED_BACK = new Error('rolled back on purpose')

/** Runs `work` inside a transaction that is always rolled back, so the live database is left as it was. */
const insideRolledBackTransaction = async (work: (tx: Drizzle) => Promise<void>) => {
  await expect(
    db.drizzle.transaction(async (tx) => {
      await work(tx as unknown as Drizzle)
      throw ROLLED_BACK
    }),
  ).rejects.toBe(ROLLED_BACK)
}

const columnsOfPolicies = async () => {
  const { rows } = await db.drizzle.execute(
    `select column_name from information_schema.columns where table_schema = 'public' and table_name = 'policies' order by column_name`,
  )
  return rows.map((r) => r.column_name)
}

beforeAll(async () => {
  db = payload.db as unknown as PostgresAdapter
})

describe('committed migrations', () => {
  it('the committed migrations create exactly the schema of the collections (no pending change)', async () => {
    // globalSetup ran `payload migrate` with the committed migrations on an empty database.
    const statements = await realSchemaChanges(db.drizzle)
    expect(statements, `Schema changes missing from src/migrations (run migrate:create):\n${statements.join('\n')}`).toEqual([])
  })

  // The check must be able to fail. DDL is transactional in PostgreSQL: the column is dropped and the
  // diff computed on the same connection inside one transaction, which is then rolled back, so the
  // files that run after this one (same database) find `policies.plate` untouched. The dropped column
  // only exists for this connection while the transaction is open; no other test runs meanwhile.
  it('the check notices a database that drifted from the collections (policies.plate dropped)', async () => {
    const before = await columnsOfPolicies()
    expect(before).toContain('plate')

    await insideRolledBackTransaction(async (tx) => {
      await tx.execute('alter table "policies" drop column "plate"')
      const statements = await realSchemaChanges(tx)
      expect(statements.some((s) => /ALTER TABLE "policies" ADD COLUMN "plate"/i.test(s)), statements.join('\n')).toBe(true)
      expect(statements.some((s) => /CREATE INDEX .*"policies_plate_idx"/i.test(s)), statements.join('\n')).toBe(true)
    })

    expect(await columnsOfPolicies()).toEqual(before)
    expect(await realSchemaChanges(db.drizzle)).toEqual([])
  })
})
