import type { Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { seedRequestKinds } from '@/seed/requestKinds'
import type { AccessWorld } from './accessWorld'
import type { ApiClient } from './apiClient'

/** A minimal but genuine PDF (file-type recognises it by its bytes). */
export const pdfBytes = () => new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')

/** A Windows executable's header: what an ".exe renamed .pdf" really contains. */
export const exeBytes = () => {
  const bytes = new Uint8Array(256)
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff])
  bytes.set(new TextEncoder().encode('PE\0\0'), 128)
  bytes[60] = 128
  return bytes
}

export const uploadDocument = (client: ApiClient, filename: string, bytes: Uint8Array, type = 'application/pdf') => {
  const form = new FormData()
  form.append('file', new Blob([bytes.slice().buffer as ArrayBuffer], { type }), filename)
  form.append('_payload', JSON.stringify({ category: 'SOPORTE' }))
  return client.rest('POST', `/${SLUGS.documents}`, form)
}

/** The catalogue (seeded idempotently) as code → id. */
export const requestKindIds = async (payload: Payload) => {
  await seedRequestKinds(payload)
  const { docs } = await payload.find({ collection: SLUGS.requestKinds, depth: 0, limit: 100, overrideAccess: true })
  return Object.fromEntries(docs.map((k) => [k.code, k.id])) as Record<string, number>
}

/** A reactivation request of the world's Bogotá debtor under broker A's clave. */
export const reactivationOf = (world: AccessWorld, kinds: Record<string, number>, extra: Record<string, unknown> = {}) => ({
  kind: kinds.RECAUDO,
  subtype: 'REACTIVACION_POLIZA',
  clave: world.claves.claveA,
  clientIdType: world.parties.debtorBog.idType,
  clientIdNumber: world.parties.debtorBog.idNumber,
  policyType: 'INDIVIDUAL',
  policyNumber: world.policies.policyBog.number,
  certificate: '0',
  lineOfBusiness: 'HOGAR',
  ...extra,
})
