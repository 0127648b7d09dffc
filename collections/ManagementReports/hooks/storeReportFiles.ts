import type { CollectionAfterChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { ManagementReport } from '@/payload-types'
import { renderReportPdf } from '@/reports/renderReportPdf'
import { renderReportXlsx } from '@/reports/renderReportXlsx'
import { bogotaDateOf } from '@/rules/calendar'
import { reportContent } from '@/rules/reports/reportContent'
import { REPORT_KIND } from '@/rules/reports/reportOptions'
import { idOf } from '@/utilities/idOf'

const PDF = 'application/pdf'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * After a report is generated: its PDF (the acts' renderer) and Excel file, stored as documents of
 * the firm's scope (category INFORME) in the same transaction, and linked to the report.
 */
export const storeReportFiles: CollectionAfterChangeHook<ManagementReport> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const settings = await req.payload.findGlobal({ slug: SLUGS.settings, depth: 0, overrideAccess: true, req })
  const firm = idOf(doc.assignedFirm) === undefined ? null : Number(idOf(doc.assignedFirm))
  const firmUser = firm === null ? null : await req.payload.findByID({ collection: SLUGS.users, id: firm, depth: 0, select: { name: true }, overrideAccess: true, req })
  const author = req.user && 'name' in req.user ? String(req.user.name) : 'Sistema'
  const reference = `Periodo ${doc.period}${firmUser ? ` · ${firmUser.name}` : ''}`
  const content = reportContent(doc.kind, doc.figures)
  const today = bogotaDateOf(new Date())
  const pdf = await renderReportPdf(content, {
    reference,
    placeAndDate: `Bogotá D.C., ${today.split('-').reverse().join('/')}`,
    signerName: author,
    signerRole: doc.kind === REPORT_KIND.coactive ? 'Funcionario ejecutor' : (firmUser?.name ?? 'Firma externa de cobro'),
    letterhead: {
      insurerName: settings.insurer?.name ?? '',
      insurerNit: settings.insurer?.nit ?? '',
      branchName: 'Gerencia de Recaudo y Cartera',
      branchAddress: '',
      branchCity: '',
      branchPhone: '',
      branchEmail: '',
    },
  })
  const xlsx = await renderReportXlsx(content, reference)
  const base = `informe-${doc.kind.toLowerCase()}-${doc.period}-${doc.id}`
  const store = async (data: Buffer, mimetype: string, ext: string) => {
    const file = { data, mimetype, name: `${base}.${ext}`, size: data.length }
    req.file = file
    const stored = await req.payload.create({
      collection: SLUGS.documents,
      data: { category: 'INFORME', description: `${doc.title} (${ext.toUpperCase()})`, firm },
      file,
      overrideAccess: true,
      depth: 0,
      req,
    })
    return stored.id
  }
  const pdfId = await store(pdf, PDF, 'pdf')
  const xlsxId = await store(xlsx, XLSX, 'xlsx')
  req.file = undefined
  return req.payload.update({
    collection: SLUGS.managementReports,
    id: doc.id,
    data: { pdf: pdfId, xlsx: xlsxId },
    context: { storingReportFiles: true },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
