import { PAYMENT_COLUMNS } from '@/rules/imports/importColumns'
import {
  checkPaymentRow,
  compareWithStoredReceipt,
  creditPolicyWithPayments,
  refuseRepeatedReceipts,
  type PaymentRow,
  type StagedPaymentRow,
} from '@/rules/imports/paymentRows'
import type { RowError } from '@/rules/imports/importOptions'
import type { Certificate } from '@/rules/policyCertificates'
import { BATCH_ROWS, STORED_DAY, type ImportRun, type TableCounts } from './importContext'
import { copyRows } from './stageRows'

const OK_COLUMNS = ['line', 'receipt_number', 'policy_number', 'paid_on', 'amount', 'kind', 'bank_account', 'bank_branch', 'authorization_number', 'franchise'] as const

/** Policies credited per read of their certificates (one query for the certificates, one for the payments). */
const POLICIES_PER_READ = 5_000

const iso = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : value === null || value === undefined ? null : String(value))

/**
 * Step 2 for a payments file: the staged rows read back in batches and checked by R-LEG-02 / R-MON-01
 * (checkPaymentRow); a receipt repeated in the file is refused (CARGA-02); the good ones COPied to
 * `import_payments_ok`. Returns false when cancelled.
 */
export const validateStagedPayments = async (run: ImportRun): Promise<boolean> => {
  const { client } = run
  await client.query(`DROP TABLE IF EXISTS import_payments_ok; DROP TABLE IF EXISTS import_payments_present`)
  await client.query(`CREATE TEMP TABLE import_payments_ok (line integer PRIMARY KEY, receipt_number text UNIQUE, policy_number text, paid_on date,
    amount bigint, kind text, bank_account text, bank_branch text, authorization_number text, franchise text)`)
  await client.query(`CREATE TEMP TABLE import_payments_present (line integer PRIMARY KEY)`)
  const seen = new Map<string, number>()
  let last = 0
  for (;;) {
    const { rows } = await client.query<StagedPaymentRow>(
      `SELECT line, ${Object.values(PAYMENT_COLUMNS).map((c) => `"${c}"`).join(', ')} FROM import_stage WHERE line > $1 ORDER BY line LIMIT $2`,
      [last, BATCH_ROWS],
    )
    if (rows.length === 0) {
      await client.query(`CREATE INDEX ON import_payments_ok (policy_number)`)
      await client.query(`ANALYZE import_payments_ok`)
      return true
    }
    last = rows[rows.length - 1]!.line
    const good: PaymentRow[] = []
    for (const row of rows) {
      const checked = checkPaymentRow(row, run.today)
      if ('errors' in checked) run.errors.push(...checked.errors)
      else good.push(checked.payment)
    }
    const unique = refuseRepeatedReceipts(good, seen)
    run.errors.push(...unique.errors)
    await copyRows(
      client,
      'import_payments_ok',
      OK_COLUMNS,
      unique.payments.map((p) => [p.line, p.receiptNumber, p.policyNumber, p.paidOn, p.amount, p.kind, p.bankAccount, p.bankBranch, p.authorizationNumber, p.franchise]),
    )
    run.rowsDone += rows.length
    if (!(await run.checkpoint())) return false
  }
}

/**
 * What the certificates of the file's policies become (R-CAR-04, creditPolicyWithPayments), read
 * in batches of policies: one query for their certificates and one for their new payments per batch.
 */
const planCredits = async (run: ImportRun) => {
  const { client } = run
  const errors: RowError[] = []
  const certificates: (string | number | null)[][] = []
  const policies: (string | number | null)[][] = []
  let after = 0
  for (;;) {
    const { rows: ids } = await client.query<{ id: number }>(
      `SELECT DISTINCT p.id FROM policies p JOIN import_payments_ok o ON o.policy_number = p.number WHERE p.id > $1 ORDER BY p.id LIMIT $2`,
      [after, POLICIES_PER_READ],
    )
    if (ids.length === 0) return { errors, certificates, policies }
    const batch = ids.map((r) => r.id)
    after = batch[batch.length - 1]!
    const { rows: stored } = await client.query<{ policy_id: number; id: string; number: string; insured: string | null; amount_due: string; amount_paid: string | null; due_date: Date }>(
      `SELECT c._parent_id AS policy_id, c.id, c.number, c.insured, c.amount_due, c.amount_paid, c.due_date
       FROM policies_certificates c WHERE c._parent_id = ANY($1) ORDER BY c._parent_id, c._order`,
      [batch],
    )
    const { rows: paid } = await client.query<{ policy_id: number; line: number; amount: string }>(
      `SELECT p.id AS policy_id, o.line, o.amount FROM import_payments_ok o JOIN policies p ON p.number = o.policy_number WHERE p.id = ANY($1) ORDER BY o.line`,
      [batch],
    )
    const certificatesOf = new Map<number, Certificate[]>()
    for (const c of stored) {
      const list = certificatesOf.get(c.policy_id) ?? []
      list.push({ id: c.id, number: c.number, insured: c.insured, amountDue: Number(c.amount_due), amountPaid: Number(c.amount_paid ?? 0), dueDate: iso(c.due_date) })
      certificatesOf.set(c.policy_id, list)
    }
    const paymentsOf = new Map<number, { line: number; amount: number }[]>()
    for (const p of paid) {
      const list = paymentsOf.get(p.policy_id) ?? []
      list.push({ line: p.line, amount: Number(p.amount) })
      paymentsOf.set(p.policy_id, list)
    }
    for (const [policyId, payments] of paymentsOf) {
      const credit = creditPolicyWithPayments(certificatesOf.get(policyId) ?? [], payments)
      errors.push(...credit.errors)
      if (credit.appliedLines.length === 0) continue
      for (const c of credit.certificates) certificates.push([c.id!, c.amountPaid ?? 0, c.status ?? null])
      const t = credit.totals
      policies.push([policyId, t.totalDue, t.amountPaid, iso(t.paymentDueDate), t.paymentStatus])
    }
  }
}

/** Leaves the lines out of the load (they were reported). */
const dropLines = async (run: ImportRun, lines: number[]) => {
  if (lines.length > 0) await run.client.query(`DELETE FROM import_payments_ok WHERE line = ANY($1)`, [lines])
}

/**
 * Step 3: what only the database knows — the policy exists (the policies file is loaded first); a
 * receipt already stored is the same payment (left alone, never applied twice) or is refused when
 * its data differ (CARGA-02); and each policy's new payments fit in what its certificates still owe
 * (R-CAR-04, a payment above it is refused on its line).
 */
export const checkPaymentsAgainstDatabase = async (run: ImportRun): Promise<void> => {
  const { client } = run
  const { rows: missingPolicies } = await client.query<{ line: number; policy_number: string }>(
    `DELETE FROM import_payments_ok o WHERE NOT EXISTS (SELECT 1 FROM policies p WHERE p.number = o.policy_number) RETURNING line, policy_number`,
  )
  for (const r of missingPolicies) {
    run.errors.push({ line: r.line, column: 'NUM_POLIZA', reason: `R-CAR-04: la póliza ${r.policy_number} no existe: cargue primero el archivo de pólizas.` })
  }

  const { rows: present } = await client.query<{
    line: number; receipt_number: string; policy_number: string; paid_on: string; amount: string; kind: string
    stored_policy: string | null; stored_paid_on: string; stored_amount: string; stored_kind: string
  }>(`
    WITH stored AS (
      SELECT pay.id, pay.receipt_number, pay.paid_on, pay.amount, pay.kind FROM payments pay
      WHERE pay.receipt_number IN (SELECT receipt_number FROM import_payments_ok)
    ), linked AS (
      -- An imported receipt pays one policy (its first link).
      SELECT DISTINCT ON (r.parent_id) r.parent_id, pol.number FROM payments_rels r JOIN stored s ON s.id = r.parent_id
      JOIN policies pol ON pol.id = r.policies_id WHERE r.path = 'policies' ORDER BY r.parent_id, r."order"
    )
    SELECT o.line, o.receipt_number, o.policy_number, to_char(o.paid_on, 'YYYY-MM-DD') AS paid_on, o.amount, o.kind, l.number AS stored_policy,
      to_char(s.paid_on AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS stored_paid_on, s.amount AS stored_amount, s.kind::text AS stored_kind
    FROM import_payments_ok o JOIN stored s ON s.receipt_number = o.receipt_number LEFT JOIN linked l ON l.parent_id = s.id`)
  const same: number[] = []
  const refused: number[] = []
  for (const r of present) {
    const verdict = compareWithStoredReceipt(
      { line: r.line, receiptNumber: r.receipt_number, policyNumber: r.policy_number, paidOn: r.paid_on, amount: Number(r.amount), kind: r.kind, bankAccount: null, bankBranch: null, authorizationNumber: null, franchise: null },
      { receiptNumber: r.receipt_number, policyNumber: r.stored_policy, paidOn: r.stored_paid_on, amount: Number(r.stored_amount), kind: r.stored_kind },
    )
    if (verdict === 'same') same.push(r.line)
    else {
      run.errors.push(verdict)
      refused.push(r.line)
    }
  }
  if (same.length > 0) await client.query(`INSERT INTO import_payments_present (line) SELECT unnest($1::int[])`, [same])
  await dropLines(run, [...same, ...refused])

  const plan = await planCredits(run)
  run.errors.push(...plan.errors)
  await dropLines(run, plan.errors.map((e) => e.line))
}

/**
 * Step 4 (inside the load's transaction): the file's policies locked (FOR UPDATE, in id order), the
 * credits planned again under the lock (a legalization confirmed meanwhile is counted), then one
 * INSERT of the new payments with their policy link. A receipt that appeared meanwhile, or a payment
 * that no longer fits, fails the load (nothing written): money is applied once or not at all.
 */
export const upsertPayments = async (run: ImportRun): Promise<{ payments: TableCounts; policies: TableCounts }> => {
  const { client } = run
  await client.query(`SELECT p.id FROM policies p WHERE p.number IN (SELECT policy_number FROM import_payments_ok) ORDER BY p.id FOR UPDATE`)
  const plan = await planCredits(run)
  if (plan.errors.length > 0) {
    throw new Error(`otra operación pagó pólizas de la carga mientras se revisaba (${plan.errors[0]!.reason}); cárguela de nuevo.`)
  }
  await client.query(`DROP TABLE IF EXISTS import_credit_certificates; DROP TABLE IF EXISTS import_credit_policies`)
  await client.query(`CREATE TEMP TABLE import_credit_certificates (id text PRIMARY KEY, amount_paid bigint, status text) ON COMMIT DROP`)
  await client.query(`CREATE TEMP TABLE import_credit_policies (id integer PRIMARY KEY, total_due bigint, amount_paid bigint, payment_due_date timestamptz, payment_status text) ON COMMIT DROP`)
  await copyRows(client, 'import_credit_certificates', ['id', 'amount_paid', 'status'], plan.certificates)
  await copyRows(client, 'import_credit_policies', ['id', 'total_due', 'amount_paid', 'payment_due_date', 'payment_status'], plan.policies)

  const expected = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM import_payments_ok`)).rows[0]!.n)
  const { rows } = await client.query<{ n: string }>(
    `WITH ins AS (
       INSERT INTO payments (kind, paid_on, amount, bank_account, bank_branch, authorization_number, franchise, clave, branch_id, receipt_number, recorded_by_id)
       SELECT o.kind::enum_payments_kind, ${STORED_DAY('o.paid_on')}, o.amount, o.bank_account, o.bank_branch, o.authorization_number,
         o.franchise::enum_payments_franchise, p.clave, p.branch_id, o.receipt_number, $1::integer
       FROM import_payments_ok o JOIN policies p ON p.number = o.policy_number
       ORDER BY o.line
       ON CONFLICT (receipt_number) DO NOTHING
       RETURNING id, receipt_number
     ), rel AS (
       INSERT INTO payments_rels ("order", parent_id, path, policies_id)
       SELECT 1, ins.id, 'policies', p.id FROM ins JOIN import_payments_ok o ON o.receipt_number = ins.receipt_number JOIN policies p ON p.number = o.policy_number
       RETURNING parent_id
     )
     SELECT count(*) AS n FROM rel`,
    [run.importedBy ?? null],
  )
  const inserted = Number(rows[0]!.n)
  if (inserted !== expected) throw new Error(`${expected - inserted} recibos de la carga fueron registrados por otra carga mientras se revisaba; cárguela de nuevo.`)
  const present = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM import_payments_present`)).rows[0]!.n)
  return {
    payments: { inserted, updated: 0, unchanged: present },
    policies: { inserted: 0, updated: plan.policies.length, unchanged: 0 },
  }
}

/**
 * Step 5 (same transaction), once per load: the certificates' amounts paid and statuses and the
 * policies' totals, due date and payment status planned in step 4 by the same pure functions the
 * legalization and the policy's hook use, written with one UPDATE per table.
 */
export const deriveCreditedPolicies = async (run: ImportRun): Promise<void> => {
  const { client } = run
  await client.query(`
    UPDATE policies_certificates c SET amount_paid = k.amount_paid, status = k.status::enum_policies_certificates_status
    FROM import_credit_certificates k
    WHERE c.id = k.id AND (c.amount_paid, c.status::text) IS DISTINCT FROM (k.amount_paid::numeric, k.status)`)
  await client.query(`
    UPDATE policies p SET total_due = k.total_due, amount_paid = k.amount_paid, payment_due_date = k.payment_due_date,
      payment_status = k.payment_status::enum_policies_payment_status, updated_at = now()
    FROM import_credit_policies k WHERE p.id = k.id`)
}
