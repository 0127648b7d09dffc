import { parseIdentification } from '@/rules/identification'
import { RuleViolation } from '@/rules/ruleViolation'

/**
 * R-PAY-01: the NIT a provider registers or signs in with, checked with the DIAN check digit
 * (src/rules/identification.ts) and returned as its base, the way the registry and users store it.
 * A provider types it as "900581247-3" or as base and digit; the refusal carries R-PAY-01.
 */
export const parseProviderNit = (raw: string, checkDigit?: string | number | null): string => {
  try {
    return parseIdentification('NIT', raw, checkDigit).number
  } catch (error) {
    if (error instanceof RuleViolation) throw new RuleViolation('R-PAY-01', error.message)
    throw error
  }
}
