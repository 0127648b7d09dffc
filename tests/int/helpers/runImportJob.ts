import type { Payload } from 'payload'

/**
 * Runs the job that the import's creation queued, and only it: a worker's database may still hold
 * import jobs earlier files queued and never ran (an upload left for the admin, a cancelled load),
 * and running the whole queue would run those first.
 */
export const runImportJob = async (payload: Payload, importId: number) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'importPortfolio' } }, { completedAt: { exists: false } }] },
    sort: '-id',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  const job = docs.find((j) => Number((j.input as { importId?: number } | null)?.importId) === importId)
  if (!job) throw new Error(`No hay trabajo en cola para la carga ${importId}`)
  await payload.jobs.runByID({ id: job.id })
}
