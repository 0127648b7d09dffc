import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemoData } from '../seed'
import { seedDemoCases } from '../seed/demoCases'
import { seedRequestKinds } from '../seed/requestKinds'

/**
 * Applies pending committed migrations, the reference catalogues and, when asked, the demo data.
 * Run it in a process of its own (src/scripts/prepareDatabase.ts): Payload keeps a pooled
 * connection checked out for good, so the pool can only be closed by the process exiting.
 */
export const prepareDatabase = async ({ seed }: { seed: boolean }) => {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  // R-REQ-01: every database needs the request catalogue, demo or not (additive, idempotent).
  await seedRequestKinds(payload)
  if (seed) {
    await seedDemoData(payload)
    await seedDemoCases(payload)
  }
}
