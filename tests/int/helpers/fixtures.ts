import type { Payload, Where } from 'payload'

import { SLUGS } from '../../../src/constants/slugs'
import type { Party, Policy } from '../../../src/payload-types'

type CollectionSlug = (typeof SLUGS)[keyof Omit<typeof SLUGS, 'settings'>]

export const randomDigits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('')

/** Rows as the database holds them, whoever may read them: the reference a refused write is checked against. */
export const storedRow = (payload: Payload, collection: CollectionSlug, id: number | string) =>
  payload.findByID({ collection, id, depth: 0, overrideAccess: true }) as Promise<Record<string, any>>

export const countRows = async (payload: Payload, collection: CollectionSlug, where: Where = {}) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs

/** A person-debtor written as the system would (overrideAccess). */
export const createParty = (payload: Payload, data: Partial<Party> & { branch: number }) =>
  payload.create({
    collection: SLUGS.parties,
    data: { idType: 'CC', idNumber: `1${randomDigits(9)}`, firstName: 'Tercero', lastName: 'Prueba', ...data } as any,
    overrideAccess: true,
    depth: 0,
  })

/** A valid home-insurance policy; override what the test is about. */
export const policyData = (overrides: Partial<Policy> & Pick<Policy, 'holder' | 'branch' | 'clave'>) => ({
  number: `POL-T-${randomDigits(10)}`,
  type: 'INDIVIDUAL' as const,
  lineOfBusiness: 'HOGAR' as const,
  issueDate: '2026-01-10T12:00:00.000Z',
  coverStart: '2026-01-15T12:00:00.000Z',
  coverEnd: '2027-01-15T12:00:00.000Z',
  paymentDueDate: '2026-02-14T12:00:00.000Z',
  premium: 1_200_000,
  totalDue: 1_428_000,
  ...overrides,
})

export const createPolicy = (payload: Payload, overrides: Parameters<typeof policyData>[0]) =>
  payload.create({ collection: SLUGS.policies, data: policyData(overrides) as any, overrideAccess: true, depth: 0 })
