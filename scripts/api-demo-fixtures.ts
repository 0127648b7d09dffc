/**
 * Fixtures for the curl examples of docs/api.md, written through the Local API into the database in
 * DATABASE_URL (the dev server's): a branch, two brokers (claves 70001 and 80001), a client with two
 * policies owing money and a cancelled one under 70001, one client under 80001. Idempotent.
 *   DATABASE_URL=postgres://postgres:postgres@127.0.0.1:55434/cobranzas npx tsx scripts/api-demo-fixtures.ts
 */
import type { CollectionSlug, RequiredDataFromCollectionSlug, Where } from 'payload'

import type { Policy } from '@/payload-types'

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { seedRequestKinds } = await import('@/seed/requestKinds')

const payload = await getPayload({ config })
await seedRequestKinds(payload)

const findOne = async <S extends CollectionSlug>(collection: S, where: Where) =>
  (await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })).docs[0]
const ensure = async <S extends CollectionSlug>(collection: S, where: Where, data: RequiredDataFromCollectionSlug<S>) =>
  (await findOne(collection, where)) ?? payload.create({ collection, data, overrideAccess: true })

const branch = await ensure('branches', { code: { equals: 'BOG' } }, { code: 'BOG', name: 'Bogotá', city: 'Bogotá' })
await ensure('users', { email: { equals: 'admin@demo.co' } }, { email: 'admin@demo.co', password: 'Demo-Jefatura-2026', name: 'Administradora', role: 'admin' })
await ensure('users', { email: { equals: 'profesional@demo.co' } }, { email: 'profesional@demo.co', password: 'Demo-Staff-2026', name: 'Pablo Profesional', role: 'profesional_sucursal', branch: branch.id })
await ensure('users', { email: { equals: 'corredor-a@demo.co' } }, { email: 'corredor-a@demo.co', password: 'Demo-Broker-2026', name: 'Corredora A', role: 'intermediario', claves: ['70001'] })
await ensure('users', { email: { equals: 'corredor-b@demo.co' } }, { email: 'corredor-b@demo.co', password: 'Demo-Broker-2026', name: 'Corredor B', role: 'intermediario', claves: ['80001'] })
const cesar = await ensure('parties', { idNumber: { equals: '1094926120' } }, { idType: 'CC', idNumber: '1094926120', firstName: 'Cesar Augusto', lastName: 'Corredor Uribe', branch: branch.id, insolvencyStatus: 'NINGUNO' })
const omar = await ensure('parties', { idNumber: { equals: '79555111' } }, { idType: 'CC', idNumber: '79555111', firstName: 'Omar José', lastName: 'Álvarez Bracho', branch: branch.id, insolvencyStatus: 'NINGUNO' })
const policy = (number: string, holder: number, clave: string, extra: Partial<Pick<Policy, 'premium' | 'totalDue' | 'paymentDueDate' | 'lineOfBusiness' | 'plate' | 'status' | 'cancelledAt'>>) =>
  ensure('policies', { number: { equals: number } }, {
    number, type: 'INDIVIDUAL', status: 'VIGENTE', paymentStatus: 'PENDIENTE', lineOfBusiness: 'HOGAR', holder, branch: branch.id, clave,
    issueDate: '2026-01-10T12:00:00.000Z', coverStart: '2026-01-15T12:00:00.000Z', coverEnd: '2027-01-15T12:00:00.000Z',
    paymentDueDate: '2026-02-14T12:00:00.000Z', premium: 1_200_000, totalDue: 1_428_000, ...extra,
  })
await policy('258686', cesar.id, '70001', { premium: 16_664_760, totalDue: 16_664_760, paymentDueDate: '2026-03-20T12:00:00.000Z' })
await policy('258695', cesar.id, '70001', { lineOfBusiness: 'AU-TOTAL-CAR', plate: 'WMK061', premium: 6_941_668, totalDue: 6_247_503 })
await policy('9001213', cesar.id, '70001', { premium: 4_412_821, totalDue: 4_412_821, status: 'CANCELADA', cancelledAt: '2026-04-01T12:00:00.000Z' })
await policy('7700001', omar.id, '80001', {})
console.log('fixtures listos')
process.exit(0)
export {}
