import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemoData } from '../seed'

/**
 * Applies pending committed migrations and, when asked, the demo data (idempotent).
 * Run it in a process of its own (src/scripts/prepareDatabase.ts): Payload keeps a pooled
 * connection checked out for good, so the pool can only be closed by the process exiting.
 */
export const prepareDatabase = async ({ seed }: { seed: boolean }) => {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  if (seed) await seedDemoData(payload)
}
