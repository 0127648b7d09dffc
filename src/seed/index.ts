import type { Payload } from 'payload'

import { seedDemoCase } from './demoCase'

export const seedDemoData = async (payload: Payload) => {
  payload.logger.info('seed: pendiente')
  await seedDemoCase(payload)
}
