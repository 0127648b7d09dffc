import config from '@payload-config'
import { getPayload } from 'payload'

import { closePayload } from './closePayload'

import { seedDemoData } from '../seed'

/** Applies pending committed migrations and, when asked, the demo data (idempotent). */
export const prepareDatabase = async ({ seed }: { seed: boolean }) => {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  if (seed) await seedDemoData(payload)
  await closePayload(payload)
}
