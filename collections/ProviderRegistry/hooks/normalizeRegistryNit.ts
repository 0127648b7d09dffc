import type { CollectionBeforeValidateHook } from 'payload'

import { nitCheckDigit } from '@/rules/identification'
import { parseProviderNit } from '@/rules/payouts/providerNit'
import { enforceRule } from '@/utilities/enforceRule'
import type { ProviderRegistry } from '@/payload-types'

/** R-PAY-01: the registry keeps a provider's NIT as its base with a correct DIAN check digit, the form users and payouts are matched by. */
export const normalizeRegistryNit: CollectionBeforeValidateHook<ProviderRegistry> = ({ data, originalDoc }) => {
  if (!data || (data.nit === undefined && data.checkDigit === undefined)) return data
  const nit = data.nit ?? originalDoc?.nit ?? ''
  const checkDigit = data.checkDigit ?? originalDoc?.checkDigit
  const base = enforceRule(() => parseProviderNit(nit, checkDigit))
  return { ...data, nit: base, checkDigit: nitCheckDigit(base) }
}
