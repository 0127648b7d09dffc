import type { Payload } from 'payload'

import { ROLES, type Role } from '@/auth/roles'
import type { Branch, Party, Policy, User } from '@/payload-types'
import { createParty, policyData, randomDigits } from './fixtures'
import { nitCheckDigit } from '@/rules/identification'
import { SLUGS } from '@/constants/slugs'

export const PASSWORD = 'Clave-Segura-2026'

/**
 * Two branches, each with its own staff, firm, broker (clave), debtor and policy, plus the
 * national roles: every access test checks "sees its own" and "cannot see the other's".
 */
export const buildAccessWorld = async (payload: Payload) => {
  const tag = randomDigits(6)
  // Fixtures are written as the system would (overrideAccess); the tests then read as each user.
  const create = <T>(collection: string, data: Record<string, unknown>) =>
    payload.create({ collection: collection as any, data: data as any, overrideAccess: true, depth: 0 }) as Promise<T>

  const bog = await create<Branch>(SLUGS.branches, { code: `B${tag}`, name: `Bogotá ${tag}`, city: 'Bogotá' })
  const med = await create<Branch>(SLUGS.branches, { code: `M${tag}`, name: `Medellín ${tag}`, city: 'Medellín' })

  const user = (key: string, role: Role, extra: Record<string, unknown> = {}) =>
    create<User>(SLUGS.users, { email: `${key}-${tag}@test.co`, password: PASSWORD, name: key, role, ...extra })

  const claveA = `7${randomDigits(4)}`
  const claveB = `8${randomDigits(4)}`
  const users = {
    admin: await user('admin', ROLES.admin),
    collectionsManager: await user('gerente-recaudo', ROLES.collectionsManager),
    branchManagerBog: await user('gerente-bog', ROLES.branchManager, { branch: bog.id }),
    professionalBog: await user('prof-bog', ROLES.branchProfessional, { branch: bog.id }),
    professionalMed: await user('prof-med', ROLES.branchProfessional, { branch: med.id }),
    firmA: await user('firma-a', ROLES.externalFirm, { firmName: 'Cobranzas A' }),
    firmB: await user('firma-b', ROLES.externalFirm, { firmName: 'Cobranzas B' }),
    executor: await user('ejecutor', ROLES.executorOfficer),
    legal: await user('juridico', ROLES.legalManager),
    editor: await user('editor', ROLES.editor),
    brokerA: await user('broker-a', ROLES.broker, { claves: [claveA] }),
    brokerB: await user('broker-b', ROLES.broker, { claves: [claveB] }),
    provider: await user('prestador', ROLES.provider, { nit: `9${randomDigits(8)}` }),
  }

  const party = (branch: number | string, firm: number | string, name: string) =>
    create<Party>(SLUGS.parties, { idType: 'CC', idNumber: `1${randomDigits(9)}`, firstName: name, lastName: tag, branch, assignedFirm: firm })
  const debtorBog = await party(bog.id, users.firmA.id, 'Ana')
  const debtorMed = await party(med.id, users.firmB.id, 'Bruno')

  const policy = (number: string, holder: number, branch: number, clave: string) =>
    create<Policy>(SLUGS.policies, policyData({ number, holder, branch, clave }))
  const policyBog = await policy(`POL-B-${tag}`, debtorBog.id, bog.id, claveA)
  const policyMed = await policy(`POL-M-${tag}`, debtorMed.id, med.id, claveB)

  return { tag, branches: { bog, med }, users, parties: { debtorBog, debtorMed }, policies: { policyBog, policyMed }, claves: { claveA, claveB } }
}

export type AccessWorld = Awaited<ReturnType<typeof buildAccessWorld>>

export type WorldRole = keyof AccessWorld['users']

/** Every user of the world with its key, for tests that try an operation as each role in turn. */
export const everyUser = (world: AccessWorld) => Object.entries(world.users) as [WorldRole, User][]

/** A user of the test's own, written as an administrator would (overrideAccess). */
export const createTestUser = (payload: Payload, world: AccessWorld, role: Role, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: SLUGS.users,
    data: { email: `u${randomDigits(8)}-${world.tag}@test.co`, password: PASSWORD, name: 'Usuario de prueba', role, ...extra },
    overrideAccess: true,
    depth: 0,
  }) as Promise<User>

/** The party of the world's provider: a clinic whose NIT is the provider user's. */
export const createProviderParty = (payload: Payload, world: AccessWorld, extra: Partial<Omit<Party, 'branch'>> = {}) => {
  const nit = world.users.provider.nit!
  return createParty(payload, {
    idType: 'NIT',
    idNumber: nit,
    checkDigit: nitCheckDigit(nit),
    businessName: `Clínica ${world.tag}`,
    branch: world.branches.bog.id,
    ...extra,
  })
}
