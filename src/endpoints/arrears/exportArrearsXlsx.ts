import type { PayloadHandler } from 'payload'

import { arrearsFooter, ARREARS_COLUMNS, toArrearsExcelRow } from '@/arrears/arrearsColumns'
import { ArrearsQuery, todayInBogota } from '@/arrears/arrearsQuery'
import { readArrearsBatches } from '@/arrears/readArrearsBatches'
import { SLUGS } from '@/constants/slugs'
import { prepend } from '@/export/iterateInBatches'
import { streamXlsx } from '@/export/streamXlsx'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'

/**
 * GET /api/arrears/export.xlsx?<same filters> — R-CAR-04: the whole filtered table as a streamed
 * workbook, read in keyset batches of 2 000 (never all rows at once; policies and holders in one
 * query per batch, within the user's scope), with the total pending and the "figures as of" date at the end.
 */
export const exportArrearsXlsx: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.policies, operation: 'read' })
  const q = parseInput(ArrearsQuery, req.query ?? {})
  const asOf = q.asOf ?? todayInBogota()
  const batches = readArrearsBatches(req, { ...q, asOf }, 2000)
  const first = await batches.next()
  let totalPending = 0
  return streamXlsx({
    filename: `cartera-${asOf}.xlsx`,
    sheetName: 'Cartera',
    columns: ARREARS_COLUMNS,
    rows: (async function* () {
      for await (const rows of prepend(first, batches)) {
        for (const r of rows) totalPending += r.pending
        yield rows.map(toArrearsExcelRow)
      }
    })(),
    footer: () => arrearsFooter(totalPending, asOf),
  })
}
