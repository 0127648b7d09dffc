import type { PayloadHandler } from 'payload'

import { arrearsFooter, ARREARS_COLUMNS, toArrearsExcelRow } from '@/arrears/arrearsColumns'
import { todayInBogota } from '@/arrears/arrearsQuery'
import { CERTIFICATE_COLUMNS, certificatesFooter, toCertificateExcelRow } from '@/arrears/certificateColumns'
import { findArrearsPolicy } from '@/arrears/findArrearsPolicy'
import { SLUGS } from '@/constants/slugs'
import { streamXlsx } from '@/export/streamXlsx'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import { AsOfQuery } from './arrearsDetail'

/**
 * GET /api/arrears/:policyId/export.xlsx?asOf= — R-CAR-04: one policy's arrears, and a second sheet
 * "Certificados pendientes" with each unpaid certificate, its due date, days past due and balance.
 */
export const exportArrearsPolicyXlsx: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.policies, operation: 'read' })
  const asOf = parseInput(AsOfQuery, req.query ?? {}).asOf ?? todayInBogota()
  const detail = await findArrearsPolicy(req, asOf)
  return streamXlsx({
    filename: `poliza-${detail.row.number}-${asOf}.xlsx`,
    sheetName: 'Póliza',
    columns: ARREARS_COLUMNS,
    rows: (async function* () {
      yield [toArrearsExcelRow(detail.row)]
    })(),
    footer: () => arrearsFooter(detail.row.pending, asOf),
    extraSheets: [
      {
        sheetName: 'Certificados pendientes',
        columns: CERTIFICATE_COLUMNS,
        rows: detail.unpaidCertificates.map(toCertificateExcelRow),
        footer: certificatesFooter(detail.unpaidCertificates),
      },
    ],
  })
}
