import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import { parseProviderNit } from '@/rules/payouts/providerNit'
import { checkRegistration, REGISTRATION_STATUS, SITE_POLICIES_VERSION } from '@/rules/payouts/registration'
import { toApiError } from '@/utilities/enforceRule'
import { findRegistryEntry } from './findRegistryEntry'
import type { RegisterInput } from './registrationInput'

/**
 * R-PAY-01: registers a provider in one transaction — check the form against the registry and the
 * password policy, create its user (role prestador, its NIT, INACTIVE until staff activate it),
 * record the registration with the acceptance of the site policies (date, version, IP). A refusal
 * or a failure (an e-mail already in use) writes nothing.
 */
export const registerProvider = async (req: PayloadRequest, input: RegisterInput, ip: string) => {
  const startedHere = await initTransaction(req)
  try {
    const nit = parseProviderNit(input.nit, input.checkDigit)
    const found = await findRegistryEntry(req, nit)
    checkRegistration({ ...input, nit, entry: found?.entry ?? null, name: found?.doc.businessName })
    const provider = found!.doc
    const user = await req.payload.create({
      collection: SLUGS.users,
      data: { email: input.email, password: input.password, name: provider.businessName, role: ROLES.provider, nit, active: false },
      overrideAccess: true,
      depth: 0,
      req,
    })
    const registration = await req.payload.create({
      collection: SLUGS.providerRegistrations,
      data: {
        status: REGISTRATION_STATUS.pending,
        nit,
        businessName: provider.businessName,
        habilitationCode: input.habilitationCode,
        provider: provider.id,
        user: user.id,
        email: user.email,
        policiesVersion: SITE_POLICIES_VERSION,
        policiesAcceptedAt: new Date().toISOString(),
        acceptedFromIp: ip,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    if (startedHere) await commitTransaction(req)
    return registration
  } catch (error) {
    await killTransaction(req)
    throw toApiError(error)
  }
}
