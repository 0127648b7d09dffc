import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { scopeToSql, tableOf, whereToSql } from '@/auth/scopeToSql'
import { SLUGS } from '@/constants/slugs'
import { transactionDb } from '@/db/transactionDb'
import { arrearsBucket, pendingAmount, policyDaysPastDue } from '@/rules/arrears'
import { arrearsWhere, type ArrearsQuery } from './arrearsQuery'
import type { ArrearsRow } from './arrearsRows'

const iso = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).toISOString()
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/**
 * R-CAR-01/04: the rows of the arrears export, read in keyset batches (`id > last`) of `batchSize`,
 * each batch ONE query that reads the policies and their holders together (a join), within the
 * user's read scope (`scopeToSql`: the policies' own access rule) and the filter (`arrearsWhere`
 * translated by `whereToSql`). The same rows `toArrearsRows` builds from the Local API.
 */
export async function* readArrearsBatches(req: PayloadRequest, q: ArrearsQuery & { asOf: string }, batchSize = 2000): AsyncGenerator<ArrearsRow[]> {
  const scope = await scopeToSql(req.payload, req.user, SLUGS.policies, 'p', req)
  const filter = whereToSql(tableOf(req.payload, SLUGS.policies, 'p'), arrearsWhere(q))
  let last = 0
  for (;;) {
    const db = await transactionDb(req)
    const { rows } = await db.execute(sql`
      SELECT p."id", p."number", p."line_of_business", p."type", p."plate", p."premium", p."cover_start", p."issue_date",
             p."payment_due_date", p."total_due", p."amount_paid", p."clave", p."branch_id",
             h."display_name" AS "holder_name", h."id_number" AS "holder_id_number"
      FROM "policies" p LEFT JOIN "parties" h ON h."id" = p."holder_id"
      WHERE ${filter} AND ${scope} AND p."id" > ${last}
      ORDER BY p."id" LIMIT ${batchSize}`)
    if (rows.length === 0) return
    yield rows.map((r): ArrearsRow => {
      const policy = { paymentDueDate: iso(r.payment_due_date), totalDue: Number(r.total_due), amountPaid: num(r.amount_paid) }
      const days = policyDaysPastDue(policy, q.asOf)
      const holderIdNumber = (r.holder_id_number as string | null) ?? null
      return {
        policyId: Number(r.id),
        number: String(r.number),
        lineOfBusiness: String(r.line_of_business),
        type: String(r.type),
        holderName: (r.holder_name as string | null) ?? null,
        holderIdNumber,
        identifier: (r.plate as string | null) ?? holderIdNumber,
        premium: Number(r.premium),
        daysPastDue: days,
        bucket: arrearsBucket(days),
        coverStart: iso(r.cover_start),
        issueDate: iso(r.issue_date),
        paymentDueDate: policy.paymentDueDate,
        totalDue: policy.totalDue,
        pending: pendingAmount(policy),
        clave: String(r.clave),
        branch: num(r.branch_id),
      }
    })
    if (rows.length < batchSize) return
    last = Number(rows[rows.length - 1]!.id)
  }
}
