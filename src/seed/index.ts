import type { Payload } from 'payload'

import { seedRequestKinds } from './requestKinds'

export const seedDemoData = async (payload: Payload) => {
  // R-REQ-01: the request catalogue (idempotent, keeps administrators' additions).
  await seedRequestKinds(payload)
  payload.logger.info('seed: catálogo de tipos de solicitud listo; datos de demostración: pendiente')
}
