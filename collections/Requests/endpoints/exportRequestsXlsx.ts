import type { PayloadHandler, Where } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { EXCEL_DATE_TIME, excelBogotaDateTime } from '@/export/excelDates'
import { iterateInBatches, prepend } from '@/export/iterateInBatches'
import { streamXlsx } from '@/export/streamXlsx'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import type { Request } from '@/payload-types'
import { ID_TYPES } from '@/rules/identification'
import { LINES_OF_BUSINESS } from '@/rules/linesOfBusiness'
import { REQUEST_STATUSES } from '@/rules/requests/requestStatus'

const ExportQuery = z.object({
  where: z.record(z.string(), z.unknown(), { error: 'where debe ser un filtro de Payload, p. ej. where[status][equals]=RADICADO.' }).optional(),
})

const labelOf = (options: readonly { value: string; label: string }[], value: unknown) =>
  options.find((o) => o.value === value)?.label ?? (value ? String(value) : '')

const COLUMNS = [
  { header: 'Caso', key: 'caseNumber', width: 16 },
  { header: 'Solicitud', key: 'title', width: 40 },
  { header: 'Cliente', key: 'clientName', width: 32 },
  { header: 'Tipo ID', key: 'clientIdType', width: 22 },
  { header: 'ID', key: 'clientIdNumber', width: 16 },
  { header: 'No. póliza', key: 'policyNumber', width: 14 },
  { header: 'Ramo', key: 'lineOfBusiness', width: 20 },
  { header: 'Fecha radicación', key: 'filedAt', width: 18, numFmt: EXCEL_DATE_TIME },
  { header: 'Fecha cierre', key: 'closedAt', width: 18, numFmt: EXCEL_DATE_TIME },
  { header: 'Clave', key: 'clave', width: 10 },
  { header: 'Estado solicitud', key: 'status', width: 14 },
  { header: 'Total comentarios', key: 'commentCount', width: 12 },
  { header: 'Último comentario', key: 'lastCommentAt', width: 18, numFmt: EXCEL_DATE_TIME },
]

const toRow = (r: Request) => ({
  caseNumber: r.caseNumber,
  title: r.title,
  clientName: r.clientName ?? '',
  clientIdType: labelOf(ID_TYPES, r.clientIdType),
  clientIdNumber: r.clientIdNumber ?? '',
  policyNumber: r.policyNumber ?? '',
  lineOfBusiness: labelOf(LINES_OF_BUSINESS, r.lineOfBusiness),
  filedAt: excelBogotaDateTime(r.filedAt),
  closedAt: excelBogotaDateTime(r.closedAt),
  clave: r.clave,
  status: labelOf(REQUEST_STATUSES, r.status).toUpperCase(),
  commentCount: r.commentCount ?? 0,
  lastCommentAt: excelBogotaDateTime(r.lastCommentAt),
})

/**
 * GET /api/requests/export.xlsx?where[...] — R-REQ-08: the user's requests (same access and the same
 * `where` filters as GET /api/requests) as a streamed Excel workbook.
 */
export const exportRequestsXlsx: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.requests, operation: 'read' })
  const { where = {} } = parseInput(ExportQuery, req.query ?? {})
  const batches = iterateInBatches<Request>({
    req,
    collection: SLUGS.requests,
    where: where as Where,
    select: {
      caseNumber: true,
      title: true,
      clientName: true,
      clientIdType: true,
      clientIdNumber: true,
      policyNumber: true,
      lineOfBusiness: true,
      filedAt: true,
      closedAt: true,
      clave: true,
      status: true,
      commentCount: true,
      lastCommentAt: true,
    },
  })
  const first = await batches.next()
  return streamXlsx({
    filename: 'solicitudes.xlsx',
    sheetName: 'Solicitudes',
    columns: COLUMNS,
    rows: (async function* () {
      for await (const batch of prepend(first, batches)) yield batch.map(toRow)
    })(),
  })
}
