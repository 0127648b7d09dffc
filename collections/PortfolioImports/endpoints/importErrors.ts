import type { Endpoint, PayloadHandler } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { streamXlsx } from '@/export/streamXlsx'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import type { RowError } from '@/rules/imports/importOptions'

const Params = z.object({ id: z.coerce.number({ error: 'El id de la carga debe ser un número.' }).int().positive() })

/**
 * GET /api/portfolio-imports/:id/errors.xlsx — issue 13 item 1: the row errors of a load (line,
 * column, reason), as Excel. A read of that import (requireAccess with its id).
 */
const exportImportErrors: PayloadHandler = async (req) => {
  const { id } = parseInput(Params, req.routeParams ?? {})
  await requireAccess(req, { collection: SLUGS.portfolioImports, operation: 'read', id })
  const doc = await req.payload.findByID({
    collection: SLUGS.portfolioImports,
    id,
    depth: 0,
    select: { rowErrors: true, filename: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const errors = (doc.rowErrors ?? []) as RowError[]
  return streamXlsx({
    filename: `errores-carga-${id}.xlsx`,
    sheetName: 'Errores',
    columns: [
      { header: 'Línea', key: 'line', width: 10 },
      { header: 'Columna', key: 'column', width: 24 },
      { header: 'Motivo', key: 'reason', width: 100 },
    ],
    rows: (async function* () {
      yield errors.map((e) => ({ line: e.line, column: e.column, reason: e.reason }))
    })(),
  })
}

export const importErrorsEndpoint: Endpoint = { path: '/:id/errors.xlsx', method: 'get', handler: exportImportErrors }
