import type { Endpoint, PayloadHandler, PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { iterateInBatches, prepend } from '@/export/iterateInBatches'
import { streamXlsx } from '@/export/streamXlsx'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import type { Payout, PayoutInvoice } from '@/payload-types'
import { paymentFormLabel, shownBankFields } from '@/rules/payouts/paymentForm'
import { parsePaymentPeriod, toDisplayDate } from '@/rules/payouts/period'
import { enforceRule } from '@/utilities/enforceRule'
import { INVOICE_COLUMNS, INVOICE_SELECT, PAYOUT_COLUMNS, toInvoiceExcelRow, toPayoutExcelRow } from './payoutColumns'

/** R-PAY-03: the source's page size of a voucher's detail. */
export const INVOICES_PER_PAGE = 21

const PeriodQuery = z.object({
  from: z.string({ error: 'from es obligatorio (dd/MM/aaaa).' }),
  to: z.string({ error: 'to es obligatorio (dd/MM/aaaa).' }),
  nit: z.string().regex(/^\d{6,15}$/, 'nit va sin dígito de verificación, solo dígitos.').optional(),
})
const IdParams = z.object({ id: z.coerce.number({ error: 'El id del comprobante debe ser un número.' }).int().positive() })
const PageQuery = z.object({ page: z.coerce.number({ error: 'page debe ser un número.' }).int().min(1).max(10_000).default(1) })

const asUser = (req: PayloadRequest) => ({ overrideAccess: false, user: req.user, depth: 0, req }) as const

/** The voucher as the portal lists it (R-PAY-02): bank columns N/A for giro directo/cesión. */
const toPayoutRow = (payout: Payout, item: number) => ({
  item,
  id: payout.id,
  paidOn: toDisplayDate(payout.paidOn),
  ...shownBankFields(payout),
  paymentForm: payout.paymentForm,
  paymentFormLabel: paymentFormLabel(payout.paymentForm),
  documentNumber: payout.documentNumber,
  amountPaid: payout.amountPaid,
  pendingToApply: payout.pendingToApply,
  advancePendingToApply: payout.advancePendingToApply,
  nit: payout.nit,
})

/**
 * GET /api/payouts/period?from=dd/MM/yyyy&to=dd/MM/yyyy[&nit=] — R-PAY-02: the vouchers paid in
 * the period that the user may read (a provider: its NIT's), by payment date, with the total paid.
 */
const listPeriod: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.payouts, operation: 'read' })
  const q = parseInput(PeriodQuery, req.query ?? {})
  const period = enforceRule(() => parsePaymentPeriod(q.from, q.to))
  const where: Where = {
    and: [
      { paidOn: { greater_than_equal: `${period.from}T00:00:00.000Z` } },
      { paidOn: { less_than_equal: `${period.to}T23:59:59.999Z` } },
      ...(q.nit ? [{ nit: { equals: q.nit } }] : []),
    ],
  }
  // A period is at most a year of one provider's vouchers: read whole, for the total.
  const { docs } = await req.payload.find({ collection: SLUGS.payouts, where, sort: ['paidOn', 'documentNumber'], pagination: false, ...asUser(req) })
  const rows = docs.map((d, i) => toPayoutRow(d, i + 1))
  return Response.json({
    rule: 'R-PAY-02',
    period: { from: toDisplayDate(period.from), to: toDisplayDate(period.to) },
    docs: rows,
    totalDocs: rows.length,
    totalPaid: rows.reduce((sum, r) => sum + r.amountPaid, 0),
  })
}

/** The voucher the route names, read as the user: 403 when it is not theirs (or does not exist). */
const payoutOf = async (req: PayloadRequest): Promise<Payout> => {
  const { id } = parseInput(IdParams, req.routeParams ?? {})
  await requireAccess(req, { collection: SLUGS.payouts, operation: 'read', id })
  return req.payload.findByID({ collection: SLUGS.payouts, id, ...asUser(req) })
}

/** GET /api/payouts/:id/invoices?page= — R-PAY-03: the invoices the voucher crossed, 21 a page, in line order. */
const listInvoices: PayloadHandler = async (req) => {
  const payout = await payoutOf(req)
  const { page } = parseInput(PageQuery, req.query ?? {})
  const result = await req.payload.find({
    collection: SLUGS.payoutInvoices,
    where: { payout: { equals: payout.id } },
    sort: 'line',
    limit: INVOICES_PER_PAGE,
    page,
    ...asUser(req),
  })
  return Response.json({ rule: 'R-PAY-03', payout: toPayoutRow(payout, 1), ...result })
}

/**
 * GET /api/payouts/:id/export.xlsx — R-PAY-04: the voucher's invoices with the tax, crossing,
 * copayment and moderating-fee columns (numbers as numbers, dates as dates), streamed in batches,
 * the total paid at the end, and the voucher itself on a second sheet.
 */
const exportPayout: PayloadHandler = async (req) => {
  const payout = await payoutOf(req)
  const batches = iterateInBatches<PayoutInvoice>({
    req,
    collection: SLUGS.payoutInvoices,
    where: { payout: { equals: payout.id } },
    select: INVOICE_SELECT,
  })
  const first = await batches.next()
  let totalPaid = 0
  return streamXlsx({
    filename: `comprobante-${payout.documentNumber}.xlsx`,
    sheetName: 'Facturas',
    columns: INVOICE_COLUMNS,
    rows: (async function* () {
      for await (const batch of prepend(first, batches)) {
        totalPaid += batch.reduce((sum, invoice) => sum + (invoice.paidAmount ?? 0), 0)
        yield batch.map((invoice) => toInvoiceExcelRow(invoice, payout))
      }
    })(),
    footer: () => [{ voucherNumber: 'Total pagado', paidAmount: totalPaid }],
    extraSheets: [{ sheetName: 'Comprobante', columns: PAYOUT_COLUMNS, rows: [toPayoutExcelRow(payout)] }],
  })
}

/** The provider's queries under /api/payouts (reads of payouts, rows by the user's read access). */
export const payoutEndpoints: Endpoint[] = [
  { path: '/period', method: 'get', handler: listPeriod },
  { path: '/:id/invoices', method: 'get', handler: listInvoices },
  { path: '/:id/export.xlsx', method: 'get', handler: exportPayout },
]
