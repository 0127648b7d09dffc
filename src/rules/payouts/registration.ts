import { assertStrongPassword } from '@/rules/auth/passwordPolicy'
import { closedList } from '@/rules/options'
import { RuleViolation } from '@/rules/ruleViolation'

/** The version of the site policies a provider accepts today; recorded with each acceptance (R-PAY-01). */
export const SITE_POLICIES_VERSION = '2026-11'

/** R-PAY-01: a registration waits for staff, then is activated (its user may sign in). Values are part of the API. */
export const { values: REGISTRATION_STATUS, options: REGISTRATION_STATUSES } = closedList({
  pending: ['PENDIENTE', 'Pendiente de activación'],
  activated: ['ACTIVADA', 'Activada'],
})

/** What the registration needs of the insurer's registry entry of the provider. */
export type RegistryEntry = {
  nit: string
  representativeId: string
  habilitationCodes: readonly string[]
}

export type RegistrationFacts = {
  /** The registry entry of the NIT typed, or null when the NIT is not in the registry. */
  entry: RegistryEntry | null
  nit: string
  habilitationCode: string
  representativeId: string
  policiesAccepted: boolean
  password: string
  passwordConfirmation: string
  /** For the password policy: the password may not contain them. */
  name?: string
  email?: string
}

/** An ID as people type it ("1.234.567", spaces): digits and letters only, upper case. */
export const normalizeId = (id: string): string => id.replace(/[.\s-]/g, '').toUpperCase()

/** R-PAY-01: the NIT must be one the insurer keeps in its registry of providers. */
export const requireRegistryEntry = (entry: RegistryEntry | null, nit: string): RegistryEntry => {
  if (!entry) {
    throw new RuleViolation('R-PAY-01', `El NIT ${nit} no está en el registro de prestadores de la aseguradora; comuníquese con ella.`)
  }
  return entry
}

/**
 * R-PAY-01: the legal representative's ID is compared with the one the registry holds, as the
 * registry holds it. The source portal asked for the cédula "with a 1 appended", an artefact of its
 * own storage; the registry here keeps the real number, so the provider types the real number.
 */
export const checkRepresentativeId = (entry: RegistryEntry, representativeId: string): void => {
  if (normalizeId(representativeId) !== normalizeId(entry.representativeId)) {
    throw new RuleViolation('R-PAY-01', 'La cédula no corresponde al representante legal registrado para este NIT.')
  }
}

/** R-PAY-01: "Validar" — the habilitación code is one of this provider's sites, and the representative's ID is the registry's. */
export const checkSiteAndRepresentative = (entry: RegistryEntry, habilitationCode: string, representativeId: string): void => {
  if (!entry.habilitationCodes.includes(habilitationCode)) {
    throw new RuleViolation('R-PAY-01', `El código de habilitación ${habilitationCode} no pertenece al prestador con NIT ${entry.nit}.`)
  }
  checkRepresentativeId(entry, representativeId)
}

/**
 * R-PAY-01 (+ SEC-PWD): everything a registration must satisfy before an account is created, in the
 * order the form asks it: NIT in the registry, habilitación code of that provider, representative
 * ID, site policies accepted, password typed twice the same, strong password.
 */
export const checkRegistration = (facts: RegistrationFacts): RegistryEntry => {
  const entry = requireRegistryEntry(facts.entry, facts.nit)
  checkSiteAndRepresentative(entry, facts.habilitationCode, facts.representativeId)
  if (!facts.policiesAccepted) {
    throw new RuleViolation('R-PAY-01', 'Debe ver y aceptar las políticas del sitio para registrarse.')
  }
  if (facts.password !== facts.passwordConfirmation) {
    throw new RuleViolation('R-PAY-01', 'La contraseña y su confirmación no coinciden.')
  }
  assertStrongPassword(facts.password, { name: facts.name, email: facts.email })
  return entry
}
