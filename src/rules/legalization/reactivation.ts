import { POLICY_STATUS } from '@/rules/policyStatuses'
import { RuleViolation } from '@/rules/ruleViolation'
import { assertManualMeans } from './manualLegalization'

export type PolicyToReactivate = { number: string; status?: string | null; cancelledAt?: string | null }

/**
 * R-LEG-04 (000 "Flujo manual": "Solo se reactivan pólizas con soporte de pago antes de la
 * anulación (transferencia y/o consignación en banco)"): a confirmed manual legalization brings its
 * cancelled (anulada) policy back in force, but only when every support is a transfer or bank deposit
 * dated before the cancellation; otherwise it refuses and nothing is written. Returns the policy's
 * new status and cancellation date.
 */
export function reactivationOf(input: {
  policy: PolicyToReactivate
  means: { kind: string; paidOn: string }[]
}): { status: typeof POLICY_STATUS.inForce; cancelledAt: null } {
  const { policy, means } = input
  if (policy.status !== POLICY_STATUS.cancelled || !policy.cancelledAt) {
    throw new RuleViolation('R-LEG-04', `La póliza ${policy.number} no está anulada: no hay nada que reactivar.`)
  }
  if (means.length === 0) {
    throw new RuleViolation('R-LEG-04', `La póliza ${policy.number} solo se reactiva con un soporte de pago anterior a la anulación.`)
  }
  assertManualMeans({ cancelledAt: policy.cancelledAt, means })
  return { status: POLICY_STATUS.inForce, cancelledAt: null }
}
