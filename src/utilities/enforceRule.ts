import { APIError } from 'payload'

import { RuleViolation } from '../rules/ruleViolation'

/**
 * Turns a rule's refusal into an HTTP error that REST, GraphQL and the admin all show:
 * the Spanish message, the rule ID in `data.rule`, and 400/403/409 as the rule says.
 */
export const toApiError = (error: unknown): unknown => {
  if (error instanceof RuleViolation) {
    return new APIError(`${error.ruleId}: ${error.message}`, error.status, { rule: error.ruleId }, true)
  }
  return error
}

/** Runs a pure rule check and rethrows its refusal as an APIError. */
export const enforceRule = <T>(check: () => T): T => {
  try {
    return check()
  } catch (error) {
    throw toApiError(error)
  }
}
