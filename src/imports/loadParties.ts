import { PARTY_COLUMNS } from '@/rules/imports/importColumns'
import { checkPartyRow, refuseRepeatedParties, type PartyRow, type StagedPartyRow } from '@/rules/imports/partyRows'
import { BATCH_ROWS, countsOf, type ImportRun, type TableCounts } from './importContext'
import { copyRows } from './stageRows'

const OK_COLUMNS = ['line', 'id_type', 'id_number', 'check_digit', 'first_name', 'last_name', 'business_name', 'branch_code'] as const

/**
 * Step 2 for a parties file: the staged rows read back in batches and checked by R-REQ-02
 * (checkPartyRow); the good ones COPied to `import_parties_ok`. Returns false when cancelled.
 */
export const validateStagedParties = async (run: ImportRun): Promise<boolean> => {
  const { client } = run
  await client.query(`DROP TABLE IF EXISTS import_parties_ok`)
  await client.query(
    `CREATE TEMP TABLE import_parties_ok (line integer PRIMARY KEY, id_type text, id_number text, check_digit integer, first_name text, last_name text, business_name text, branch_code text)`,
  )
  const seen = new Map<string, number>()
  let last = 0
  for (;;) {
    const { rows } = await client.query<StagedPartyRow>(
      `SELECT line, ${Object.values(PARTY_COLUMNS).map((c) => `"${c}"`).join(', ')} FROM import_stage WHERE line > $1 ORDER BY line LIMIT $2`,
      [last, BATCH_ROWS],
    )
    if (rows.length === 0) return true
    last = rows[rows.length - 1]!.line
    const good: PartyRow[] = []
    for (const row of rows) {
      const checked = checkPartyRow(row)
      if ('errors' in checked) run.errors.push(...checked.errors)
      else good.push(checked.party)
    }
    const unique = refuseRepeatedParties(good, seen)
    run.errors.push(...unique.errors)
    await copyRows(
      client,
      'import_parties_ok',
      OK_COLUMNS,
      unique.parties.map((p) => [p.line, p.idType, p.idNumber, p.checkDigit, p.firstName, p.lastName, p.businessName, p.branchCode]),
    )
    run.rowsDone += rows.length
    if (!(await run.checkpoint())) return false
  }
}

/** Step 3: what only the database knows — the branch code must exist. Bad rows are reported and left out. */
export const checkPartiesAgainstDatabase = async (run: ImportRun): Promise<void> => {
  const { rows } = await run.client.query<{ line: number; branch_code: string }>(
    `DELETE FROM import_parties_ok o WHERE NOT EXISTS (SELECT 1 FROM branches b WHERE b.code = o.branch_code) RETURNING line, branch_code`,
  )
  for (const r of rows) run.errors.push({ line: r.line, column: 'SUCURSAL', reason: `La sucursal ${r.branch_code} no existe.` })
}

/**
 * Step 4 (inside the load's transaction): one upsert by natural key (id type + number), the
 * display name derived in SQL as composeDisplayName does; rows equal to the stored ones are not touched.
 */
export const upsertParties = async (run: ImportRun): Promise<{ parties: TableCounts }> => {
  const { rows } = await run.client.query<{ inserted: string; updated: string; total: string }>(`
    WITH src AS (
      SELECT o.*, b.id AS branch_id,
        coalesce(o.business_name, nullif(trim(concat_ws(' ', o.first_name, o.last_name)), ''), o.id_number) AS display_name
      FROM import_parties_ok o JOIN branches b ON b.code = o.branch_code
    ), up AS (
      INSERT INTO parties (id_type, id_number, check_digit, first_name, last_name, business_name, display_name, branch_id)
      SELECT id_type::enum_parties_id_type, id_number, check_digit, first_name, last_name, business_name, display_name, branch_id FROM src
      ON CONFLICT (id_type, id_number) DO UPDATE SET
        check_digit = EXCLUDED.check_digit, first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
        business_name = EXCLUDED.business_name, display_name = EXCLUDED.display_name, branch_id = EXCLUDED.branch_id, updated_at = now()
      WHERE (parties.check_digit, parties.first_name, parties.last_name, parties.business_name, parties.display_name, parties.branch_id)
        IS DISTINCT FROM (EXCLUDED.check_digit, EXCLUDED.first_name, EXCLUDED.last_name, EXCLUDED.business_name, EXCLUDED.display_name, EXCLUDED.branch_id)
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated, (SELECT count(*) FROM src) AS total FROM up`)
  const r = rows[0]!
  return { parties: countsOf(r, Number(r.total)) }
}
