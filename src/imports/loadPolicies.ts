import { policySearchText } from '@/rules/arrearsSearch'
import { POLICY_COLUMNS } from '@/rules/imports/importColumns'
import { checkPolicyGroup, missingPolicyNumber, type PolicyGroup, type StagedPolicyRow } from '@/rules/imports/policyRows'
import { BATCH_ROWS, countsOf, STORED_DAY, type ImportRun, type TableCounts } from './importContext'
import { copyRows } from './stageRows'

const STAGED = `line, ${Object.values(POLICY_COLUMNS).map((c) => `"${c}"`).join(', ')}`

const POLICY_OK = ['line', 'number', 'type', 'line_of_business', 'plate', 'holder_id_type', 'holder_id_number', 'issue_date', 'cover_start', 'cover_end', 'premium', 'status', 'cancelled_at', 'clave', 'branch_code'] as const
const CERT_OK = ['line', 'policy_number', 'ord', 'number', 'insured', 'amount_due', 'due_date', 'amount_paid'] as const

/** Consecutive rows of the same policy (the batch is ordered by policy number, then line). */
const groupsOf = (rows: StagedPolicyRow[]): StagedPolicyRow[][] => {
  const groups: StagedPolicyRow[][] = []
  for (const row of rows) {
    const current = groups[groups.length - 1]
    if (current && current[0]!.policy_number === row.policy_number) current.push(row)
    else groups.push([row])
  }
  return groups
}

/**
 * Step 2 for a policies file: the staged rows read back in batches of whole policies (ordered by
 * policy number, a policy's rows never split between batches) and checked by the policy rules
 * (checkPolicyGroup); good policies and their certificates COPied to `import_policies_ok` and
 * `import_certificates_ok`. Returns false when cancelled.
 */
export const validateStagedPolicies = async (run: ImportRun): Promise<boolean> => {
  const { client } = run
  await client.query(`DROP TABLE IF EXISTS import_policies_ok; DROP TABLE IF EXISTS import_certificates_ok`)
  await client.query(`CREATE TEMP TABLE import_policies_ok (line integer PRIMARY KEY, number text UNIQUE, type text, line_of_business text, plate text,
    holder_id_type text, holder_id_number text, issue_date date, cover_start date, cover_end date, premium bigint, status text, cancelled_at date, clave text, branch_code text)`)
  await client.query(`CREATE TEMP TABLE import_certificates_ok (line integer PRIMARY KEY, policy_number text, ord integer, number text, insured text,
    amount_due bigint, due_date date, amount_paid bigint)`)

  await client.query(`CREATE INDEX ON import_stage (policy_number, line)`)
  const { rows: unnumbered } = await client.query<StagedPolicyRow>(`SELECT ${STAGED} FROM import_stage WHERE policy_number IS NULL ORDER BY line`)
  run.errors.push(...unnumbered.map(missingPolicyNumber))
  run.rowsDone += unnumbered.length

  let after: [string, number] = ['', 0]
  for (;;) {
    const { rows } = await client.query<StagedPolicyRow>(
      `SELECT ${STAGED} FROM import_stage WHERE policy_number IS NOT NULL AND (policy_number, line) > ($1, $2) ORDER BY policy_number, line LIMIT $3`,
      [after[0], after[1], BATCH_ROWS],
    )
    if (rows.length === 0) return true
    const tail = rows[rows.length - 1]!
    if (rows.length === BATCH_ROWS) {
      // The last policy may go on past the batch: its remaining rows join it.
      const { rows: rest } = await client.query<StagedPolicyRow>(`SELECT ${STAGED} FROM import_stage WHERE policy_number = $1 AND line > $2 ORDER BY line`, [
        tail.policy_number,
        tail.line,
      ])
      rows.push(...rest)
    }
    const end = rows[rows.length - 1]!
    after = [end.policy_number!, end.line]
    const good: PolicyGroup[] = []
    for (const group of groupsOf(rows)) {
      const checked = checkPolicyGroup(group.sort((a, b) => a.line - b.line))
      if ('errors' in checked) run.errors.push(...checked.errors)
      else good.push(checked.policy)
    }
    await copyRows(
      client,
      'import_policies_ok',
      POLICY_OK,
      good.map((p) => [p.line, p.number, p.type, p.lineOfBusiness, p.plate, p.holderIdType, p.holderIdNumber, p.issueDate, p.coverStart, p.coverEnd, p.premium, p.status, p.cancelledAt, p.clave, p.branchCode]),
    )
    await copyRows(
      client,
      'import_certificates_ok',
      CERT_OK,
      good.flatMap((p) => p.certificates.map((c) => [c.line, p.number, c.order, c.number, c.insured, c.amountDue, c.dueDate, c.amountPaid])),
    )
    run.rowsDone += rows.length
    if (!(await run.checkpoint())) return false
  }
}

/**
 * Step 3: what only the database knows — the branch code exists and the holder is a registered
 * party (the parties file is loaded first). A policy refused here is left out whole.
 */
export const checkPoliciesAgainstDatabase = async (run: ImportRun): Promise<void> => {
  const { rows: branches } = await run.client.query<{ line: number; branch_code: string }>(
    `DELETE FROM import_policies_ok o WHERE NOT EXISTS (SELECT 1 FROM branches b WHERE b.code = o.branch_code) RETURNING line, branch_code`,
  )
  for (const r of branches) run.errors.push({ line: r.line, column: 'SUCURSAL', reason: `La sucursal ${r.branch_code} no existe.` })
  const { rows: holders } = await run.client.query<{ line: number; holder_id_type: string; holder_id_number: string }>(
    `DELETE FROM import_policies_ok o WHERE NOT EXISTS (
       SELECT 1 FROM parties p WHERE p.id_type = o.holder_id_type::enum_parties_id_type AND p.id_number = o.holder_id_number)
     RETURNING line, holder_id_type, holder_id_number`,
  )
  for (const r of holders) {
    run.errors.push({
      line: r.line,
      column: 'NUM_DOC_TOMADOR',
      reason: `El tomador ${r.holder_id_type} ${r.holder_id_number} no está registrado: cargue primero el archivo de terceros.`,
    })
  }
  await run.client.query(`DELETE FROM import_certificates_ok c WHERE NOT EXISTS (SELECT 1 FROM import_policies_ok o WHERE o.number = c.policy_number)`)

  // R-CAR-03: each policy's search text, by the same function as the policy's hook (policySearchText), with its holder's name and ID.
  const { rows: texts } = await run.client.query<{ number: string; plate: string | null; clave: string; display_name: string | null; id_number: string }>(
    `SELECT o.number, o.plate, o.clave, h.display_name, h.id_number FROM import_policies_ok o
     JOIN parties h ON h.id_type = o.holder_id_type::enum_parties_id_type AND h.id_number = o.holder_id_number`,
  )
  await run.client.query(`DROP TABLE IF EXISTS import_policy_search; CREATE TEMP TABLE import_policy_search (number text PRIMARY KEY, search_text text)`)
  await copyRows(
    run.client,
    'import_policy_search',
    ['number', 'search_text'],
    texts.map((t) => [t.number, policySearchText({ number: t.number, plate: t.plate, clave: t.clave, holderName: t.display_name, holderIdNumber: t.id_number })]),
  )
}

const count = async (run: ImportRun, sql: string): Promise<number> => Number((await run.client.query<{ n: string }>(sql)).rows[0]!.n)

/**
 * Step 4 (inside the load's transaction): one upsert of policies by number and one of their
 * certificates by (policy, certificate number); certificates the core no longer lists are removed.
 * The figures the certificates decide are then derived once, in SQL (deriveLoadedPolicies).
 */
export const upsertPolicies = async (run: ImportRun): Promise<{ policies: TableCounts; certificates: TableCounts }> => {
  const { client } = run
  const policyTotal = await count(run, `SELECT count(*) AS n FROM import_policies_ok`)
  // The file is the truth for its policies' certificates, so their figures are known before writing:
  // they go in with the row (one write per policy), and step 5 finds nothing left to change.
  const { rows: p } = await client.query<{ inserted: string; updated: string }>(`
    WITH certs AS (
      SELECT policy_number, sum(amount_due) AS total_due, sum(amount_paid) AS amount_paid,
        coalesce(min(due_date) FILTER (WHERE amount_due - amount_paid > 0), min(due_date)) AS payment_due_date
      FROM import_certificates_ok GROUP BY policy_number
    ), src AS (
      SELECT o.*, h.id AS holder_id, b.id AS branch_id, s.search_text, c.total_due, c.amount_paid, c.payment_due_date,
        CASE WHEN c.amount_paid >= c.total_due THEN 'PAGADA' WHEN c.amount_paid > 0 THEN 'PARCIAL' ELSE 'PENDIENTE' END AS payment_status
      FROM import_policies_ok o
      JOIN certs c ON c.policy_number = o.number
      LEFT JOIN import_policy_search s ON s.number = o.number
      JOIN parties h ON h.id_type = o.holder_id_type::enum_parties_id_type AND h.id_number = o.holder_id_number
      JOIN branches b ON b.code = o.branch_code
    ), up AS (
      INSERT INTO policies (number, type, line_of_business, plate, holder_id, issue_date, cover_start, cover_end, premium,
        total_due, amount_paid, payment_due_date, payment_status, status, cancelled_at, clave, branch_id, search_text)
      SELECT number, type::enum_policies_type, line_of_business::enum_policies_line_of_business, plate, holder_id,
        ${STORED_DAY('issue_date')}, ${STORED_DAY('cover_start')}, ${STORED_DAY('cover_end')}, premium,
        total_due, amount_paid, ${STORED_DAY('payment_due_date')}, payment_status::enum_policies_payment_status, status::enum_policies_status,
        CASE WHEN cancelled_at IS NULL THEN NULL ELSE ${STORED_DAY('cancelled_at')} END, clave, branch_id, search_text
      FROM src
      ON CONFLICT (number) DO UPDATE SET
        type = EXCLUDED.type, line_of_business = EXCLUDED.line_of_business, plate = EXCLUDED.plate, holder_id = EXCLUDED.holder_id,
        issue_date = EXCLUDED.issue_date, cover_start = EXCLUDED.cover_start, cover_end = EXCLUDED.cover_end, premium = EXCLUDED.premium,
        status = EXCLUDED.status, cancelled_at = EXCLUDED.cancelled_at, clave = EXCLUDED.clave, branch_id = EXCLUDED.branch_id,
        search_text = EXCLUDED.search_text, updated_at = now()
      WHERE (policies.type, policies.line_of_business, policies.plate, policies.holder_id, policies.issue_date, policies.cover_start,
             policies.cover_end, policies.premium, policies.status, policies.cancelled_at, policies.clave, policies.branch_id, policies.search_text)
        IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.line_of_business, EXCLUDED.plate, EXCLUDED.holder_id, EXCLUDED.issue_date, EXCLUDED.cover_start,
             EXCLUDED.cover_end, EXCLUDED.premium, EXCLUDED.status, EXCLUDED.cancelled_at, EXCLUDED.clave, EXCLUDED.branch_id, EXCLUDED.search_text)
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM up`)

  await client.query(`CREATE TEMP TABLE import_loaded_policies ON COMMIT DROP AS
    SELECT p.id, p.number, p.holder_id FROM policies p JOIN import_policies_ok o ON o.number = p.number`)
  await client.query(`CREATE INDEX ON import_loaded_policies (number)`)

  const { rowCount: deleted } = await client.query(`
    DELETE FROM policies_certificates c USING import_loaded_policies l
    WHERE c._parent_id = l.id AND NOT EXISTS (SELECT 1 FROM import_certificates_ok k WHERE k.policy_number = l.number AND k.number = c.number)`)
  const certificateTotal = await count(run, `SELECT count(*) AS n FROM import_certificates_ok`)
  const { rows: c } = await client.query<{ inserted: string; updated: string }>(`
    WITH up AS (
      INSERT INTO policies_certificates (_order, _parent_id, id, number, insured, amount_due, due_date, amount_paid, status)
      SELECT k.ord, l.id, substr(md5(random()::text || clock_timestamp()::text || k.line::text), 1, 24), k.number, k.insured,
        k.amount_due, ${STORED_DAY('k.due_date')}, k.amount_paid, (CASE
          WHEN k.amount_paid = 0 THEN CASE WHEN k.amount_due = 0 THEN 'PAGADO' ELSE 'PENDIENTE' END
          WHEN k.amount_due - k.amount_paid > 0 THEN 'PARCIAL' ELSE 'PAGADO' END)::enum_policies_certificates_status
      FROM import_certificates_ok k JOIN import_loaded_policies l ON l.number = k.policy_number
      ON CONFLICT (_parent_id, number) DO UPDATE SET
        _order = EXCLUDED._order, insured = EXCLUDED.insured, amount_due = EXCLUDED.amount_due, due_date = EXCLUDED.due_date, amount_paid = EXCLUDED.amount_paid, status = EXCLUDED.status
      WHERE (policies_certificates._order, policies_certificates.insured, policies_certificates.amount_due, policies_certificates.due_date, policies_certificates.amount_paid)
        IS DISTINCT FROM (EXCLUDED._order, EXCLUDED.insured, EXCLUDED.amount_due, EXCLUDED.due_date, EXCLUDED.amount_paid)
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM up`)
  return { policies: countsOf(p[0]!, policyTotal), certificates: { ...countsOf(c[0]!, certificateTotal), deleted: deleted ?? 0 } }
}

/**
 * Step 5 (same transaction), set-based and once per load — the SQL twin of R-CAR-04's
 * certificateStatus and policyTotalsFromCertificates (tests/int/portfolioImport.test.ts compares
 * them on every loaded policy): each certificate's status; each policy's total due, amount paid,
 * payment due date (oldest unpaid certificate's, else the oldest) and payment status; and the
 * holders' claves (R-ROL-02), rewritten only where they changed. Rows already right are not touched.
 */
export const deriveLoadedPolicies = async (run: ImportRun): Promise<void> => {
  const { client } = run
  await client.query(`
    UPDATE policies_certificates c SET status = (CASE
        WHEN coalesce(c.amount_paid, 0) = 0 THEN CASE WHEN c.amount_due = 0 THEN 'PAGADO' ELSE 'PENDIENTE' END
        WHEN c.amount_due - c.amount_paid > 0 THEN 'PARCIAL' ELSE 'PAGADO' END)::enum_policies_certificates_status
    FROM import_loaded_policies l
    WHERE c._parent_id = l.id AND c.status IS DISTINCT FROM (CASE
        WHEN coalesce(c.amount_paid, 0) = 0 THEN CASE WHEN c.amount_due = 0 THEN 'PAGADO' ELSE 'PENDIENTE' END
        WHEN c.amount_due - c.amount_paid > 0 THEN 'PARCIAL' ELSE 'PAGADO' END)::enum_policies_certificates_status`)
  await client.query(`
    WITH totals AS (
      SELECT c._parent_id AS id, sum(c.amount_due) AS total_due, sum(coalesce(c.amount_paid, 0)) AS amount_paid,
        coalesce(min(c.due_date) FILTER (WHERE c.amount_due - coalesce(c.amount_paid, 0) > 0), min(c.due_date)) AS payment_due_date
      FROM policies_certificates c JOIN import_loaded_policies l ON l.id = c._parent_id
      GROUP BY c._parent_id
    ), derived AS (
      SELECT id, total_due, amount_paid, payment_due_date,
        (CASE WHEN amount_paid >= total_due THEN 'PAGADA' WHEN amount_paid > 0 THEN 'PARCIAL' ELSE 'PENDIENTE' END)::enum_policies_payment_status AS payment_status
      FROM totals
    )
    UPDATE policies p SET total_due = d.total_due, amount_paid = d.amount_paid, payment_due_date = d.payment_due_date, payment_status = d.payment_status
    FROM derived d
    WHERE p.id = d.id AND (p.total_due, p.amount_paid, p.payment_due_date, p.payment_status)
      IS DISTINCT FROM (d.total_due, d.amount_paid, d.payment_due_date, d.payment_status)`)
  await client.query(`
    CREATE TEMP TABLE import_claves ON COMMIT DROP AS
    WITH holders AS (SELECT DISTINCT holder_id AS id FROM import_loaded_policies WHERE holder_id IS NOT NULL),
    wanted AS (
      SELECT p.holder_id AS id, array_agg(DISTINCT p.clave ORDER BY p.clave) AS claves
      FROM policies p JOIN holders h ON h.id = p.holder_id WHERE p.clave <> '' GROUP BY p.holder_id
    ), stored AS (
      SELECT t.parent_id AS id, array_agg(t.text ORDER BY t."order") AS claves
      FROM parties_texts t JOIN holders h ON h.id = t.parent_id WHERE t.path = 'claves' GROUP BY t.parent_id
    )
    -- One GROUP BY per side (not a subquery per holder): what the holders' policies give against what is stored.
    SELECT h.id, coalesce(w.claves, '{}') AS claves FROM holders h LEFT JOIN wanted w ON w.id = h.id LEFT JOIN stored s ON s.id = h.id
    WHERE coalesce(w.claves, '{}') IS DISTINCT FROM coalesce(s.claves, '{}')`)
  await client.query(`DELETE FROM parties_texts t USING import_claves k WHERE t.parent_id = k.id AND t.path = 'claves'`)
  await client.query(`
    INSERT INTO parties_texts ("order", parent_id, path, text)
    SELECT u.ord, k.id, 'claves', u.clave FROM import_claves k, unnest(k.claves) WITH ORDINALITY AS u(clave, ord)`)
}
