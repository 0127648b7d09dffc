import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (Payload has no notion of it): the arrears rollup (R-CAR-01…03 at scale).
 *
 * The national arrears totals group every unpaid policy by branch and bucket; at 1M policies that is
 * 0.7 s of PostgreSQL on every arrears page and admin home. The bucket of a policy depends only on its
 * due date (a Bogotá calendar day) and the "as of" date, so the totals can be summed from the unpaid
 * policies' count and pending balance kept per (branch, line of business, due day): a few thousand
 * rows instead of every policy in arrears.
 *
 * Statement-level triggers with transition tables keep it exact for every writer (Payload's hooks, the
 * set-based import's upsert, the benchmark's generator, foreign-key actions): each statement appends
 * its new rows' contribution minus its old rows', grouped, to `arrears_rollup_delta`. Appending takes
 * no lock another writer waits on (updating shared total rows in place made concurrent policy writes
 * deadlock). A statement that changes nothing the totals read (a clave, a plate) appends nothing.
 * Readers sum `arrears_rollup` and the deltas; `arrears_rollup_compact()` (the `compactArrearsRollup`
 * job, every five minutes) folds the committed deltas into `arrears_rollup`, one compaction at a time.
 * `src/arrears/arrearsTotals.ts` reads it; tests/int/arrearsRollup.test.ts proves it equal to the
 * GROUP BY over the policies after every kind of write.
 */
const UNPAID = `payment_status IN ('PENDIENTE', 'PARCIAL') AND payment_due_date IS NOT NULL`

/** One transition table's contribution: +1 policy and its pending balance for new rows, −1 for old ones. */
const contribution = (table: string, sign: 1 | -1) => `
      SELECT branch_id, line_of_business::text AS line_of_business,
             (payment_due_date AT TIME ZONE 'America/Bogota')::date AS due_day,
             ${sign} AS policies,
             ${sign} * GREATEST(0, COALESCE(total_due, 0) - COALESCE(amount_paid, 0))::bigint AS pending
      FROM ${table} WHERE ${UNPAID}`

/** Rows of contributions summed per key, zero sums left out. */
const grouped = (rows: string) => `
    SELECT branch_id, line_of_business, due_day, SUM(policies), SUM(pending)
    FROM (${rows}) d
    GROUP BY branch_id, line_of_business, due_day
    HAVING SUM(policies) <> 0 OR SUM(pending) <> 0`

const COLUMNS = `branch_id, line_of_business, due_day, policies, pending`

const appendDelta = (rows: string) => `INSERT INTO arrears_rollup_delta (${COLUMNS}) ${grouped(rows)};`

const foldInto = (rows: string) => `
    INSERT INTO arrears_rollup AS r (${COLUMNS}) ${grouped(rows)}
    ON CONFLICT (branch_id, line_of_business, due_day)
    DO UPDATE SET policies = r.policies + EXCLUDED.policies, pending = r.pending + EXCLUDED.pending;`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  CREATE TABLE IF NOT EXISTS arrears_rollup (
    branch_id integer,
    line_of_business text NOT NULL,
    due_day date NOT NULL,
    policies integer NOT NULL,
    pending bigint NOT NULL,
    CONSTRAINT arrears_rollup_key UNIQUE NULLS NOT DISTINCT (branch_id, line_of_business, due_day)
  );
  CREATE TABLE IF NOT EXISTS arrears_rollup_delta (
    branch_id integer,
    line_of_business text NOT NULL,
    due_day date NOT NULL,
    policies integer NOT NULL,
    pending bigint NOT NULL
  );

  CREATE OR REPLACE FUNCTION arrears_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      ${appendDelta(contribution('new_rows', 1))}
    ELSIF TG_OP = 'UPDATE' THEN
      ${appendDelta(`${contribution('new_rows', 1)}
      UNION ALL${contribution('old_rows', -1)}`)}
    ELSIF TG_OP = 'DELETE' THEN
      ${appendDelta(contribution('old_rows', -1))}
    ELSE
      DELETE FROM arrears_rollup_delta;
      DELETE FROM arrears_rollup;
    END IF;
    RETURN NULL;
  END
  $fn$;

  -- Folds the committed deltas into the totals, one compaction at a time; returns the keys it touched.
  CREATE OR REPLACE FUNCTION arrears_rollup_compact() RETURNS integer LANGUAGE plpgsql AS $fn$
  DECLARE touched integer;
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('arrears_rollup_compact'));
    WITH moved AS (DELETE FROM arrears_rollup_delta RETURNING ${COLUMNS})
    ${foldInto('SELECT * FROM moved')}
    GET DIAGNOSTICS touched = ROW_COUNT;
    DELETE FROM arrears_rollup WHERE policies = 0 AND pending = 0;
    RETURN touched;
  END
  $fn$;

  DELETE FROM arrears_rollup_delta;
  DELETE FROM arrears_rollup;
  ${foldInto(contribution('policies', 1))}

  DROP TRIGGER IF EXISTS arrears_rollup_insert ON policies;
  DROP TRIGGER IF EXISTS arrears_rollup_update ON policies;
  DROP TRIGGER IF EXISTS arrears_rollup_delete ON policies;
  DROP TRIGGER IF EXISTS arrears_rollup_truncate ON policies;
  CREATE TRIGGER arrears_rollup_insert AFTER INSERT ON policies REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION arrears_rollup_apply();
  CREATE TRIGGER arrears_rollup_update AFTER UPDATE ON policies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION arrears_rollup_apply();
  CREATE TRIGGER arrears_rollup_delete AFTER DELETE ON policies REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION arrears_rollup_apply();
  CREATE TRIGGER arrears_rollup_truncate AFTER TRUNCATE ON policies
    FOR EACH STATEMENT EXECUTE FUNCTION arrears_rollup_apply();`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS arrears_rollup_insert ON policies;
  DROP TRIGGER IF EXISTS arrears_rollup_update ON policies;
  DROP TRIGGER IF EXISTS arrears_rollup_delete ON policies;
  DROP TRIGGER IF EXISTS arrears_rollup_truncate ON policies;
  DROP FUNCTION IF EXISTS arrears_rollup_apply();
  DROP FUNCTION IF EXISTS arrears_rollup_compact();
  DROP TABLE IF EXISTS arrears_rollup_delta;
  DROP TABLE IF EXISTS arrears_rollup;`)
}
