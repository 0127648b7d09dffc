import type { PayloadHandler } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { streamXlsx } from '@/export/streamXlsx'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import { IndicatorsQuery, loadIndicators } from '@/indicators/loadIndicators'
import { indicatorSheets } from './indicatorSheets'

/**
 * GET /api/indicators.xlsx?period=2026-11&branch=3 — 001 §7.2.1–7.2.2: the tables behind the
 * indicator charts, one sheet each. A read of `indicator-snapshots`: the same snapshots and rows the
 * user reads (branch staff: published ones, their branch only).
 */
export const exportIndicatorsXlsx: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.indicatorSnapshots, operation: 'read' })
  const query = parseInput(IndicatorsQuery, req.query ?? {})
  const data = await loadIndicators(req, query)
  const [first, ...rest] = indicatorSheets(data)
  return streamXlsx({
    filename: `indicadores-${data.period ?? 'sin-corte'}${data.branch ? `-sucursal-${data.branch}` : ''}.xlsx`,
    sheetName: first!.sheetName,
    columns: first!.columns,
    rows: (async function* () {
      yield first!.rows
    })(),
    extraSheets: rest,
  })
}
