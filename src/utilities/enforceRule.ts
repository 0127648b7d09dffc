import { APIError, ValidationError } from 'payload'

import { RuleViolation } from '@/rules/ruleViolation'

/**
 * A refusal about one field becomes Payload's `ValidationError`, which the admin shows on that
 * field; its message stays "<RULE-ID>: <mensaje>", its status the rule's, and `data.rule` names the
 * rule, so REST and GraphQL clients read it as any other refusal.
 */
const toFieldError = (violation: RuleViolation & { path: string }, message: string): ValidationError => {
  const error = new ValidationError({ errors: [{ path: violation.path, message }] })
  error.message = message
  error.status = violation.status
  Object.assign(error.data, { rule: violation.ruleId })
  return error
}

/**
 * Turns a rule's refusal into an HTTP error that REST, GraphQL and the admin all show:
 * the Spanish message, the rule ID in `data.rule`, and 400/403/409 as the rule says.
 */
export const toApiError = (error: unknown): unknown => {
  if (!(error instanceof RuleViolation)) return error
  const message = `${error.ruleId}: ${error.message}`
  if (error.path) return toFieldError(error as RuleViolation & { path: string }, message)
  return new APIError(message, error.status, { rule: error.ruleId }, true)
}

/** Runs a pure rule check and rethrows its refusal as an APIError (a ValidationError when it names a field). */
export const enforceRule = <T>(check: () => T): T => {
  try {
    return check()
  } catch (error) {
    throw toApiError(error)
  }
}
