import type { PayloadHandler } from 'payload'

import { arrearsFooter, ARREARS_COLUMNS, toArrearsExcelRow } from '../../arrears/arrearsColumns'
import { todayInBogota } from '../../arrears/arrearsQuery'
import { findArrearsPolicy } from '../../arrears/findArrearsPolicy'
import { streamXlsx } from '../../export/streamXlsx'
import { parseInput, requireUser } from '../../http/parseInput'
import { AsOfQuery } from './arrearsDetail'

/** GET /api/arrears/:policyId/export.xlsx?asOf= — R-CAR-04: one policy's arrears and unpaid certificates. */
export const exportArrearsPolicyXlsx: PayloadHandler = async (req) => {
  requireUser(req)
  const asOf = parseInput(AsOfQuery, req.query ?? {}).asOf ?? todayInBogota()
  const detail = await findArrearsPolicy(req, asOf)
  return streamXlsx({
    filename: `poliza-${detail.row.number}-${asOf}.xlsx`,
    sheetName: 'Póliza',
    columns: [...ARREARS_COLUMNS, { header: 'Certificados sin pagar', key: 'certificates', width: 20 }],
    rows: (async function* () {
      yield [{ ...toArrearsExcelRow(detail.row), certificates: detail.unpaidCertificates.map((c) => c.certificate).join(', ') }]
    })(),
    footer: () => arrearsFooter(detail.row.pending, asOf),
  })
}
