import { isVehicleLine } from './linesOfBusiness'
import { assertPesos } from './money'
import { POLICY_STATUS } from './policyStatuses'
import { RuleViolation } from './ruleViolation'
import { assertPlateForLine, normalizePlate } from './vehiclePlate'

type PolicyShape = {
  lineOfBusiness?: string | null
  plate?: string | null
  coverStart?: string | null
  coverEnd?: string | null
  status?: string | null
  cancelledAt?: string | null
  premium?: unknown
  totalDue?: unknown
  amountPaid?: unknown
}

const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : undefined)

/** Returns the normalized plate (or null) once the policy is coherent; throws the rule it breaks. */
export const assertPolicyConsistent = (policy: PolicyShape): string | null => {
  const plate = policy.plate ? policy.plate : null
  assertPlateForLine({ isVehicleLine: isVehicleLine(policy.lineOfBusiness), plate })

  for (const field of ['premium', 'totalDue', 'amountPaid'] as const) {
    if (policy[field] !== undefined && policy[field] !== null) assertPesos(policy[field], field)
  }
  const totalDue = Number(policy.totalDue ?? 0)
  if (Number(policy.amountPaid ?? 0) > totalDue) {
    throw new RuleViolation('R-POL-01', 'El valor pagado no puede superar el total a pagar de la póliza.')
  }
  const start = time(policy.coverStart)
  const end = time(policy.coverEnd)
  if (start !== undefined && end !== undefined && end <= start) {
    throw new RuleViolation('R-POL-01', 'El fin de vigencia debe ser posterior al inicio de vigencia.')
  }
  if (policy.status === POLICY_STATUS.cancelled && !policy.cancelledAt) {
    throw new RuleViolation('R-POL-01', 'Una póliza cancelada debe tener fecha de cancelación.')
  }
  if (policy.status !== POLICY_STATUS.cancelled && policy.cancelledAt) {
    throw new RuleViolation('R-POL-01', 'Solo una póliza cancelada lleva fecha de cancelación.')
  }
  return plate ? normalizePlate(plate) : null
}
