import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export type SqlDb = { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

export const drizzleOf = (payload: Payload) => payload.db.drizzle as unknown as SqlDb

/** The proportions of the portfolio (1M policies, 300k holders, 1 000 claves, 20 branches), scaled to `size` policies. */
export const portfolioShape = (size: number) => ({
  policies: size,
  holders: Math.max(10, Math.round(size * 0.3)),
  claves: Math.max(10, Math.min(1000, Math.round(size / 1000))),
  branches: 20,
  cases: Math.max(10, Math.round(size / 10)),
})

export type PortfolioShape = ReturnType<typeof portfolioShape>

/** The clave of index `k`: five digits, as the portal gives them. */
export const claveOf = (k: number) => String(70000 + k)

/**
 * A realistic portfolio written with SQL only (generate_series; no hooks): 20 branches, holders
 * each on one clave with their `claves` has-many rows, policies of the holder's clave and branch —
 * mostly paid (85 %), 10 % pending, 5 % partly paid, due dates over the year before `asOf` and a
 * month after — one in ten collective with three certificates, open cases on a tenth of the
 * holders and a notification on one case in ten. Returns the ids the workloads need.
 */
export const generatePortfolio = async (payload: Payload, size: number) => {
  const shape = portfolioShape(size)
  const db = drizzleOf(payload)
  const t0 = performance.now()
  await db.execute(sql`
    INSERT INTO branches (code, name, city)
    SELECT 'S' || lpad(b::text, 2, '0'), 'Sucursal ' || b, 'Ciudad ' || b FROM generate_series(1, ${shape.branches}) b`)
  const firstBranch = Number((await db.execute(sql`SELECT min(id) AS id FROM branches`)).rows[0]!.id)
  // Holder h sits on clave h % claves, in that clave's branch.
  await db.execute(sql`
    INSERT INTO parties (id_type, id_number, first_name, last_name, display_name, branch_id)
    SELECT 'CC', (10000000 + h)::text, 'Tomador', h::text, 'Tomador ' || h, ${firstBranch} + ((h % ${shape.claves}) % ${shape.branches})
    FROM generate_series(0, ${shape.holders - 1}) h`)
  const firstHolder = Number((await db.execute(sql`SELECT min(id) AS id FROM parties`)).rows[0]!.id)
  await db.execute(sql`
    INSERT INTO parties_texts ("order", parent_id, path, text)
    SELECT 1, ${firstHolder} + h, 'claves', (70000 + h % ${shape.claves})::text FROM generate_series(0, ${shape.holders - 1}) h`)
  // Policy g: holder g % holders, that holder's clave and branch; paid or not by a multiplicative hash of g
  // (Knuth's), which no clave or holder period lines up with, so every clave has arrears.
  await db.execute(sql`
    INSERT INTO policies (number, type, line_of_business, plate, holder_id, issue_date, cover_start, cover_end,
                          premium, total_due, amount_paid, payment_due_date, payment_status, status, clave, branch_id, search_text)
    SELECT 'P' || lpad(g::text, 8, '0'),
           (CASE WHEN g % 10 = 0 THEN 'COLECTIVA' ELSE 'INDIVIDUAL' END)::enum_policies_type,
           (CASE WHEN g % 3 = 0 THEN 'AU-LIVIANOS' ELSE 'HOGAR' END)::enum_policies_line_of_business,
           CASE WHEN g % 3 = 0 THEN 'ABC' || lpad((g % 1000)::text, 3, '0') END,
           ${firstHolder} + (g % ${shape.holders}),
           timestamptz '2025-05-01 12:00+00' + (g % 365) * interval '1 day',
           timestamptz '2025-05-05 12:00+00' + (g % 365) * interval '1 day',
           timestamptz '2026-05-05 12:00+00' + (g % 365) * interval '1 day',
           1000000 + (g % 1000) * 1000,
           1190000 + (g % 1000) * 1190,
           CASE WHEN s.k < 17 THEN 1190000 + (g % 1000) * 1190 WHEN s.k = 19 THEN 400000 ELSE 0 END,
           timestamptz '2026-06-14 12:00+00' - ((g::bigint * 7919) % 395) * interval '1 day',
           (CASE WHEN s.k < 17 THEN 'PAGADA' WHEN s.k = 19 THEN 'PARCIAL' ELSE 'PENDIENTE' END)::enum_policies_payment_status,
           'VIGENTE'::enum_policies_status,
           (70000 + ((g % ${shape.holders}) % ${shape.claves}))::text,
           ${firstBranch} + (((g % ${shape.holders}) % ${shape.claves}) % ${shape.branches}),
           -- policySearchText's words (R-CAR-03): number, plate, clave, holder's name and ID, folded.
           lower(concat_ws(' ', 'P' || lpad(g::text, 8, '0'), CASE WHEN g % 3 = 0 THEN 'ABC' || lpad((g % 1000)::text, 3, '0') END,
                           (70000 + ((g % ${shape.holders}) % ${shape.claves}))::text, 'Tomador ' || (g % ${shape.holders}), (10000000 + (g % ${shape.holders}))::text))
    FROM generate_series(0, ${shape.policies - 1}) g
    CROSS JOIN LATERAL (SELECT ((g::bigint * 2654435761) % 4294967296 / 65536) % 20 AS k) s`)
  await db.execute(sql`
    INSERT INTO policies_certificates (_order, _parent_id, id, number, insured, amount_due, amount_paid, due_date, status)
    SELECT c, p.id, p.id || '-' || c, c::text, 'Asegurado ' || c, p.total_due / 3, p.amount_paid / 3, p.payment_due_date,
           (CASE WHEN p.payment_status = 'PAGADA' THEN 'PAGADO' WHEN p.payment_status = 'PARCIAL' THEN 'PARCIAL' ELSE 'PENDIENTE' END)::enum_policies_certificates_status
    FROM policies p CROSS JOIN generate_series(1, 3) c WHERE p.type = 'COLECTIVA'`)
  await db.execute(sql`
    INSERT INTO cases (debtor_id, debtor_name, stage, sub_state, next_deadline, capital_total, oldest_due_date, branch_id)
    SELECT ${firstHolder} + (c * 3) % ${shape.holders}, 'Tomador ' || ((c * 3) % ${shape.holders}), 'PERSUASIVO', 'GESTION_PERSUASIVA',
           timestamptz '2026-05-15 12:00+00' + ((c % 400) - 200) * interval '1 day', 1000000 + c % 1000, timestamptz '2026-01-15 12:00+00',
           ${firstBranch} + (((c * 3) % ${shape.holders}) % ${shape.claves}) % ${shape.branches}
    FROM generate_series(0, ${shape.cases - 1}) c`)
  await db.execute(sql`
    INSERT INTO notifications (case_id, act) SELECT id, 'LCD' FROM cases WHERE id % 10 = 0`)
  // The policies' insert left its arrears deltas; fold them as the five-minute job would.
  await db.execute(sql`SELECT arrears_rollup_compact()`)
  for (const table of ['branches', 'parties', 'parties_texts', 'policies', 'policies_certificates', 'cases', 'notifications', 'arrears_rollup']) {
    await db.execute(sql.raw(`ANALYZE "${table}"`))
  }
  return { shape, firstBranch, firstHolder, seedSeconds: (performance.now() - t0) / 1000 }
}
