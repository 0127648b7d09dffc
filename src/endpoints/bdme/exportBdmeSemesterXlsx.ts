import type { PayloadHandler, Where } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { iterateInBatches, prepend } from '@/export/iterateInBatches'
import { streamXlsx } from '@/export/streamXlsx'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import type { BdmeEntry } from '@/payload-types'
import { bdmeSemester, semesterStateOf } from '@/rules/bdme/semester'
import { enforceRule } from '@/utilities/enforceRule'
import { BDME_COLUMNS, bdmeRow } from './bdmeColumns'

const SemesterQuery = z.object({
  year: z.coerce.number().int().min(2004).max(2100),
  semester: z.coerce.number().int().min(1).max(2),
})

/** The day after an ISO date, at midnight UTC: legal dates of `day` are stored before it whatever their time. */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString()

/**
 * GET /api/bdme/semester.xlsx?year=2026&semester=2 — R-ROL-05: the BDME filing of a semester (cut
 * 31 May / 30 November, Ley 901 de 2004): the reports in force at the cut-off and those withdrawn
 * during the semester, streamed. A read of the register (requireAccess), rows by the user's access.
 */
export const exportBdmeSemesterXlsx: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.bdmeEntries, operation: 'read' })
  const { year, semester } = parseInput(SemesterQuery, req.query ?? {})
  const period = enforceRule(() => bdmeSemester(year, semester))
  const where: Where = {
    and: [
      { reportedOn: { less_than: dayAfter(period.cutOff) } },
      { or: [{ withdrawnOn: { exists: false } }, { withdrawnOn: { greater_than_equal: `${period.from}T00:00:00.000Z` } }] },
    ],
  }
  const batches = iterateInBatches<BdmeEntry>({
    req,
    collection: SLUGS.bdmeEntries,
    where,
    select: Object.fromEntries(BDME_COLUMNS.filter((c) => c.key !== 'state').map((c) => [c.key, true])),
  })
  const first = await batches.next()
  return streamXlsx({
    filename: `bdme-${year}-semestre-${semester}.xlsx`,
    sheetName: `BDME ${year}-${semester}`,
    columns: BDME_COLUMNS,
    rows: (async function* () {
      for await (const batch of prepend(first, batches)) {
        yield batch.flatMap((entry) => {
          const state = semesterStateOf(entry, period)
          return state ? [bdmeRow(entry, state)] : []
        })
      }
    })(),
  })
}
