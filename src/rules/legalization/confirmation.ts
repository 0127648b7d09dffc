import { RuleViolation } from '../ruleViolation'

export type ConfirmationState = { status: string; idempotencyKey?: string | null }

/**
 * R-LEG-05: a legalization is confirmed once. A retry with the same Idempotency-Key gets the first
 * confirmation back ("replay"); another key on a confirmed legalization is a conflict.
 */
export function decideConfirmation(state: ConfirmationState, key: string): 'confirm' | 'replay' {
  if (state.status !== 'CONFIRMADA') return 'confirm'
  if (state.idempotencyKey === key) return 'replay'
  throw new RuleViolation('R-LEG-05', 'Esta legalización ya fue confirmada; sus pagos ya están registrados.', 409)
}
