import type { Payload, Where } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Party, Policy } from '@/payload-types'

type CollectionSlug = (typeof SLUGS)[keyof Omit<typeof SLUGS, 'settings' | 'assignmentRules'>]

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

/** A stored date at noon, as the admin writes plain dates: `noon('2026-02-20')`. */
export const noon = (day: string) => `${day}T12:00:00.000Z`

type PolicyOverrides = Partial<Policy> & Pick<Policy, 'holder' | 'branch' | 'clave'>

/**
 * A valid home-insurance policy of the given holder; override what the test is about. With
 * certificates (a collective policy), the total and the due date are left to follow from them (R-CAR-04).
 */
export const policyData = (overrides: PolicyOverrides) => ({
  number: `POL-T-${randomDigits(10)}`,
  type: 'INDIVIDUAL' as const,
  lineOfBusiness: 'HOGAR' as const,
  issueDate: noon('2026-01-10'),
  coverStart: noon('2026-01-15'),
  coverEnd: noon('2027-01-15'),
  ...(overrides.certificates ? {} : { paymentDueDate: noon('2026-02-14'), totalDue: 1_428_000 }),
  premium: 1_200_000,
  ...overrides,
})

/** The policy fixture: `policyData` written as the system would (overrideAccess). */
export const createPolicy = (payload: Payload, overrides: PolicyOverrides) =>
  payload.create({ collection: SLUGS.policies, data: policyData(overrides) as any, overrideAccess: true, depth: 0 }) as Promise<Policy>

/** Terms of the arrears tests' policies: issued 5 January 2026, in force a year from the 10th. */
export const ARREARS_TERMS = { issueDate: noon('2026-01-05'), coverStart: noon('2026-01-10'), coverEnd: noon('2027-01-10'), premium: 500_000 } as const
