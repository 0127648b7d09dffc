import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { groupImportRows, parseImportRow, type ImportedVoucher, type ImportRow, type RawImportRow } from '@/rules/payouts/importRows'
import { RuleViolation } from '@/rules/ruleViolation'

export type LoadReport =
  | { status: 'CARGADO'; payouts: number; invoices: number; errors: [] }
  | { status: 'RECHAZADO'; payouts: 0; invoices: 0; errors: string[] }

/** Errors listed back at most: a file with thousands of bad rows reports the first ones. */
const MAX_REPORTED_ERRORS = 100

const messageOf = (error: unknown) => (error instanceof RuleViolation ? error.message : String(error))

/** Every row checked on its own; each bad row gives one message with its line. */
const parseAll = (raw: RawImportRow[], errors: string[]): ImportRow[] =>
  raw.flatMap((row) => {
    try {
      return [parseImportRow(row)]
    } catch (error) {
      errors.push(messageOf(error))
      return []
    }
  })

/** The registry ids of the vouchers' NITs, and which vouchers are already loaded: both refuse the file. */
const checkAgainstDatabase = async (req: PayloadRequest, vouchers: ImportedVoucher[], errors: string[]) => {
  const nits = [...new Set(vouchers.map((v) => v.payout.nit))]
  const { docs: providers } = await req.payload.find({
    collection: SLUGS.providerRegistry,
    where: { nit: { in: nits } },
    select: { nit: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const providerOf = new Map(providers.map((p) => [p.nit, p.id]))
  const { docs: existing } = await req.payload.find({
    collection: SLUGS.payouts,
    where: { documentNumber: { in: vouchers.map((v) => v.payout.documentNumber) } },
    select: { documentNumber: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const loaded = new Set(existing.map((p) => p.documentNumber))
  for (const v of vouchers) {
    if (!providerOf.has(v.payout.nit)) errors.push(`Línea ${v.line}: el NIT ${v.payout.nit} no está en el registro de prestadores.`)
    if (loaded.has(v.payout.documentNumber)) errors.push(`Línea ${v.line}: el comprobante ${v.payout.documentNumber} ya está cargado.`)
  }
  return providerOf
}

/**
 * R-PAY-02…04, bulk load: the whole file is checked row by row first (each bad row reported with
 * its line and reason); if any row is bad, nothing is written. Otherwise every voucher and invoice
 * is created in one transaction (through the collections' own hooks), reporting progress.
 */
export const loadPayouts = async (
  req: PayloadRequest,
  raw: RawImportRow[],
  onProgress: (done: number, total: number) => Promise<void>,
): Promise<LoadReport> => {
  const errors: string[] = []
  const rows = parseAll(raw, errors)
  let vouchers: ImportedVoucher[] = []
  try {
    vouchers = groupImportRows(rows)
  } catch (error) {
    errors.push(messageOf(error))
  }
  const providerOf = await checkAgainstDatabase(req, vouchers, errors)
  if (errors.length > 0) return { status: 'RECHAZADO', payouts: 0, invoices: 0, errors: errors.slice(0, MAX_REPORTED_ERRORS) }

  const startedHere = await initTransaction(req)
  try {
    let done = 0
    for (const voucher of vouchers) {
      const { nit, paidOn, ...payout } = voucher.payout
      const created = await req.payload.create({
        collection: SLUGS.payouts,
        data: { ...payout, paidOn: `${paidOn}T12:00:00.000Z`, provider: providerOf.get(nit)! },
        overrideAccess: true,
        depth: 0,
        req,
      })
      for (const invoice of voucher.invoices) {
        const crossingDate = invoice.crossingDate ? `${invoice.crossingDate}T12:00:00.000Z` : null
        await req.payload.create({
          collection: SLUGS.payoutInvoices,
          data: { ...invoice, crossingDate, payout: created.id },
          overrideAccess: true,
          depth: 0,
          req,
        })
        done++
        if (done % 50 === 0) await onProgress(done, raw.length)
      }
    }
    if (startedHere) await commitTransaction(req)
    await onProgress(raw.length, raw.length)
    return { status: 'CARGADO', payouts: vouchers.length, invoices: raw.length, errors: [] }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
