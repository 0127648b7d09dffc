import type { Endpoint, PayloadHandler } from 'payload'

import { clientAddress } from '@/auth/clientAddress'
import { parseInput, readJsonBody } from '@/http/parseInput'
import { parseProviderNit } from '@/rules/payouts/providerNit'
import { checkSiteAndRepresentative, requireRegistryEntry } from '@/rules/payouts/registration'
import { enforceRule } from '@/utilities/enforceRule'
import { findRegistryEntry, type FoundEntry } from './findRegistryEntry'
import { NitInput, RegisterInput, ValidateInput } from './registrationInput'
import { limitRegistrationRequests } from './limitRegistrationRequests'
import { registerProvider } from './registerProvider'

const entryOf = async (req: Parameters<PayloadHandler>[0], input: { nit: string; checkDigit?: string | number | null }): Promise<FoundEntry> => {
  const nit = enforceRule(() => parseProviderNit(input.nit, input.checkDigit))
  const found = await findRegistryEntry(req, nit)
  enforceRule(() => requireRegistryEntry(found?.entry ?? null, nit))
  return found!
}

/** POST /api/provider-registrations/lookup — "Consultar": the provider's name and its sites' habilitación codes. */
const lookupProvider: PayloadHandler = async (req) => {
  await limitRegistrationRequests(req)
  const { doc } = await entryOf(req, parseInput(NitInput, await readJsonBody(req)))
  return Response.json({
    rule: 'R-PAY-01',
    nit: doc.nit,
    checkDigit: doc.checkDigit,
    businessName: doc.businessName,
    sites: doc.sites.map((s) => ({ habilitationCode: s.habilitationCode, siteName: s.siteName })),
  })
}

/** POST /api/provider-registrations/validate — "Validar": with the representative's ID right, the contact data held in the registry. */
const validateRepresentative: PayloadHandler = async (req) => {
  const input = parseInput(ValidateInput, await readJsonBody(req))
  await limitRegistrationRequests(req, input.nit)
  const { doc, entry } = await entryOf(req, input)
  enforceRule(() => checkSiteAndRepresentative(entry, input.habilitationCode, input.representativeId))
  return Response.json({
    rule: 'R-PAY-01',
    contact: {
      name: doc.representativeName,
      address: doc.address ?? null,
      email: doc.email,
      position: doc.position ?? null,
      phone: doc.phone ?? null,
      mobile: doc.mobile ?? null,
    },
  })
}

/** POST /api/provider-registrations/register — "Aceptar": creates the inactive account and the registration (201). */
const register: PayloadHandler = async (req) => {
  const input = parseInput(RegisterInput, await readJsonBody(req))
  await limitRegistrationRequests(req, input.nit)
  const registration = await registerProvider(req, input, clientAddress(req.headers))
  return Response.json(
    {
      rule: 'R-PAY-01',
      id: registration.id,
      status: registration.status,
      message: 'Registro recibido. Su cuenta quedará activa cuando la aseguradora la revise; le avisaremos por correo.',
    },
    { status: 201 },
  )
}

/** The anonymous registration steps of the provider portal (R-PAY-01), under /api/provider-registrations. */
export const registrationEndpoints: Endpoint[] = [
  { path: '/lookup', method: 'post', handler: lookupProvider },
  { path: '/validate', method: 'post', handler: validateRepresentative },
  { path: '/register', method: 'post', handler: register },
]
