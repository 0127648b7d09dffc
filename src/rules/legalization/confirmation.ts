import { LEGALIZATION_STATUS } from './legalizationOptions'
import { RuleViolation } from '@/rules/ruleViolation'

export type ConfirmationState = { status: string; idempotencyKey?: string | null }

/**
 * R-LEG-05: a legalization is confirmed once. A retry with the same Idempotency-Key gets the first
 * confirmation back ("replay"); another key on a confirmed legalization is a conflict.
 */
export function decideConfirmation(state: ConfirmationState, key: string): 'confirm' | 'replay' {
  if (state.status !== LEGALIZATION_STATUS.confirmed) return 'confirm'
  if (state.idempotencyKey === key) return 'replay'
  throw new RuleViolation('R-LEG-05', 'Esta legalización ya fue confirmada; sus pagos ya están registrados.', 409)
}

/** R-LEG-05: once confirmed (its payments recorded) a legalization is a record, not a draft. */
export function assertLegalizationEditable(status: string | null | undefined): void {
  if (status === LEGALIZATION_STATUS.confirmed) throw new RuleViolation('R-LEG-05', 'La legalización ya fue confirmada y no se modifica.', 409)
}
