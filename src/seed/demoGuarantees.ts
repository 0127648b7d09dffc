import type { Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Case, User } from '@/payload-types'
import { idOf } from '@/utilities/idOf'
import { addDays, bogotaToday } from './dates'

const DEMO_DEBTOR_NIT = '900123456'

/**
 * Guarantees on the demo case of "Constructora Ejemplo S.A.S." (NIT 900123456-8), offered through
 * the real rules by the Bogotá professional (R-GAR-03…07): a bank guarantee, perfected and then
 * replaced by the collections manager with an insurance policy of greater value (R-GAR-08, so the
 * trail shows), and a first-degree mortgage appraised by an outside appraiser, still proposed.
 * Idempotent: a case that already has guarantees is left alone.
 */
export const seedDemoGuarantees = async (payload: Payload) => {
  const log = (message: string) => payload.logger.info(`Garantías de demostración: ${message}`)
  const users = await payload.find({ collection: SLUGS.users, where: { email: { in: ['profesional.bogota@demo.co', 'gerente.recaudo@demo.co'] } }, depth: 0, overrideAccess: true })
  const user = (email: string) => users.docs.find((u) => u.email === email) as User | undefined
  const debtor = (await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: DEMO_DEBTOR_NIT } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const theCase = debtor
    ? ((await payload.find({ collection: SLUGS.cases, where: { debtor: { equals: debtor.id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as Case | undefined)
    : undefined
  const professional = user('profesional.bogota@demo.co')
  const manager = user('gerente.recaudo@demo.co')
  if (!theCase || !professional || !manager) return log('no se cargan: falta el expediente de Constructora Ejemplo o sus usuarios.')
  if ((await payload.count({ collection: SLUGS.guarantees, where: { case: { equals: theCase.id } }, overrideAccess: true })).totalDocs > 0) return

  const today = bogotaToday()
  const as = (u: User) => ({ overrideAccess: false, user: u, depth: 0 }) as const
  const owner = idOf(theCase.debtor)!
  const bank = await payload.create({
    collection: SLUGS.guarantees,
    data: {
      case: theCase.id,
      owner,
      kind: 'GARANTIA_BANCARIA',
      status: 'PERFECCIONADA',
      perfectedOn: addDays(today, -20),
      value: 9_000_000,
      goodsDescription: 'Garantía bancaria a primer requerimiento No. GB-2026-0456 del Banco Ejemplo, vigente un año.',
    },
    ...as(professional),
  })
  await payload.create({
    collection: SLUGS.guarantees,
    data: {
      case: theCase.id,
      owner,
      kind: 'POLIZA_SEGUROS',
      status: 'PERFECCIONADA',
      perfectedOn: addDays(today, -3),
      value: 10_000_000,
      goodsDescription: 'Póliza de cumplimiento de disposiciones legales No. 12-45-101234567 de Aseguradora Ejemplo.',
      substitution: { previous: bank.id, reason: 'El Banco Ejemplo entró en toma de posesión por la Superintendencia Financiera.' },
    },
    ...as(manager),
  })
  await payload.create({
    collection: SLUGS.guarantees,
    data: {
      case: theCase.id,
      owner,
      kind: 'HIPOTECA',
      mortgageDegree: 1,
      status: 'PROPUESTA',
      goodsType: 'INMUEBLE',
      goodsDescription: 'Bodega en la Cra. 68 # 13-40, Bogotá, matrícula inmobiliaria 50C-1234567.',
      appraisal: { appraiserName: 'Lonja de Propiedad Raíz de Bogotá', appraiserId: '860012345', date: addDays(today, -60), value: 420_000_000 },
      inspection: { inspectedOn: addDays(today, -10), location: 'Verificada en el sitio', condition: 'Buen estado', sufficient: true },
    },
    ...as(professional),
  })
  log('3 garantías en el expediente de Constructora Ejemplo (una sustituida por el Gerente de Recaudo y Cartera).')
}
