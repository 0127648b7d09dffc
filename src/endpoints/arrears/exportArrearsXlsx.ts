import type { PayloadHandler } from 'payload'

import { arrearsFooter, ARREARS_COLUMNS, toArrearsExcelRow } from '@/arrears/arrearsColumns'
import { arrearsWhere, ArrearsQuery, todayInBogota } from '@/arrears/arrearsQuery'
import { ARREARS_POLICY_SELECT, toArrearsRows } from '@/arrears/arrearsRows'
import { SLUGS } from '@/constants/slugs'
import { iterateInBatches, prepend } from '@/export/iterateInBatches'
import { streamXlsx } from '@/export/streamXlsx'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import type { Policy } from '@/payload-types'

/**
 * GET /api/arrears/export.xlsx?<same filters> — R-CAR-04: the whole filtered table as a streamed
 * workbook, read in keyset batches (never all rows at once), with the total pending and the
 * "figures as of" date at the end.
 */
export const exportArrearsXlsx: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.policies, operation: 'read' })
  const q = parseInput(ArrearsQuery, req.query ?? {})
  const asOf = q.asOf ?? todayInBogota()
  const batches = iterateInBatches<Policy>({
    req,
    collection: SLUGS.policies,
    where: arrearsWhere({ ...q, asOf }),
    select: ARREARS_POLICY_SELECT,
    batchSize: 2000,
  })
  const first = await batches.next()
  let totalPending = 0
  return streamXlsx({
    filename: `cartera-${asOf}.xlsx`,
    sheetName: 'Cartera',
    columns: ARREARS_COLUMNS,
    rows: (async function* () {
      for await (const batch of prepend(first, batches)) {
        const rows = await toArrearsRows(req, batch, asOf)
        for (const r of rows) totalPending += r.pending
        yield rows.map(toArrearsExcelRow)
      }
    })(),
    footer: () => arrearsFooter(totalPending, asOf),
  })
}
