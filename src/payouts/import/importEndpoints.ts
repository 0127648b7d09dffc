import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadHandler } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import { toApiError } from '@/utilities/enforceRule'
import { importProgressKey, PAYOUTS_QUEUE, type ImportProgress } from './importPayoutsTask'
import { readPayoutFile } from './readPayoutFile'

const JobParams = z.object({ jobId: z.coerce.number({ error: 'El id de la carga debe ser un número.' }).int().positive() })

/**
 * POST /api/payouts/import (multipart, field `file`: .xlsx or .csv) — R-PAY-02…04: queues the load
 * of a treasury file as a job (queue `payouts`) and answers 202 with its id. For those who create payouts.
 */
const startImport: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.payouts, operation: 'create' })
  await addDataAndFileToRequest(req)
  const file = req.file
  if (!file) throw new APIError('Envíe el archivo de comprobantes en el campo "file" (multipart/form-data).', 400, undefined, true)
  const rows = await readPayoutFile(file.data, file.name).catch((error: unknown) => {
    throw toApiError(error)
  })
  const job = await req.payload.jobs.queue({ task: 'importPayouts', queue: PAYOUTS_QUEUE, input: { fileName: file.name, rows }, req })
  await req.payload.kv.set(importProgressKey(job.id), { done: 0, total: rows.length } satisfies ImportProgress)
  return Response.json({ rule: 'R-PAY-02', jobId: job.id, rows: rows.length, status: 'EN_COLA' }, { status: 202 })
}

/** GET /api/payouts/import/:jobId — the load's progress, and once done its result: CARGADO, or RECHAZADO with each bad line. */
const importStatus: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.payouts, operation: 'create' })
  const { jobId } = parseInput(JobParams, req.routeParams ?? {})
  const job = await req.payload.findByID({ collection: 'payload-jobs', id: jobId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!job || job.taskSlug !== 'importPayouts') throw new APIError(`No hay una carga de comprobantes con id ${jobId}.`, 404, undefined, true)
  const progress = await req.payload.kv.get<ImportProgress>(importProgressKey(jobId))
  const result = job.log?.find((entry) => entry.taskSlug === 'importPayouts' && entry.state === 'succeeded')?.output ?? null
  return Response.json({
    jobId,
    fileName: (job.input as { fileName?: string }).fileName,
    state: job.completedAt ? 'TERMINADA' : job.hasError ? 'FALLIDA' : job.processing ? 'EN_PROCESO' : 'EN_COLA',
    progress,
    result,
    error: job.hasError ? job.error : null,
  })
}

/** The bulk load of payouts under /api/payouts/import. */
export const importEndpoints: Endpoint[] = [
  { path: '/import', method: 'post', handler: startImport },
  { path: '/import/:jobId', method: 'get', handler: importStatus },
]
