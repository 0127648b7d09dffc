import type { Payload } from 'payload'

export const seedDemoData = async (payload: Payload) => {
  payload.logger.info('seed: pendiente')
}
