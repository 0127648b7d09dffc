import { bogotaDateOf } from '@/rules/calendar'
import { POLICY_STATUS } from '@/rules/policyStatuses'
import { RuleViolation } from '@/rules/ruleViolation'
import { amountDueOf, receiptsOf, type LegalizationItem, type PolicyForLegalization } from './legalizationItems'

/** Payment supports the manual flow accepts: a transfer or a bank deposit (R-LEG-04). */
export const MANUAL_MEAN_KINDS = ['TRANSFERENCIA', 'CONSIGNACION_EFECTIVO', 'CONSIGNACION_CHEQUE'] as const

/**
 * R-LEG-04: the manual flow is only for a cancelled policy of the clave; it is legalized for what it
 * still owes. Returns its single item.
 */
export function priceManualItem(input: { policy: PolicyForLegalization | null; policyNumber: string; clave: string }): {
  items: LegalizationItem[]
  total: number
} {
  const { policy, policyNumber, clave } = input
  if (!policy || policy.clave !== clave) {
    throw new RuleViolation('R-LEG-04', `La póliza ${policyNumber} no está en la cartera de la clave ${clave}.`)
  }
  if (policy.status !== POLICY_STATUS.cancelled || !policy.cancelledAt) {
    throw new RuleViolation(
      'R-LEG-04',
      `La póliza ${policy.number} no está cancelada: el flujo manual es solo para pólizas canceladas; use el automático.`,
    )
  }
  const amount = amountDueOf(policy)
  if (amount === 0) throw new RuleViolation('R-LEG-04', `La póliza ${policy.number} no tiene saldo pendiente.`)
  return {
    items: [
      {
        policy: policy.id,
        policyNumber: policy.number,
        policyType: policy.type ?? null,
        premium: policy.premium ?? 0,
        coverStart: policy.coverStart ?? null,
        receipts: receiptsOf(policy),
        amount,
      },
    ],
    total: amount,
  }
}

/**
 * R-LEG-04: a cancelled policy is legalized only with a transfer or bank deposit made before the
 * cancellation (Bogota calendar dates; a payment on the cancellation day itself is not "before").
 */
export function assertManualMeans(input: { cancelledAt: string; means: { kind: string; paidOn: string }[] }): void {
  const cancelledOn = bogotaDateOf(new Date(input.cancelledAt))
  for (const mean of input.means) {
    if (!(MANUAL_MEAN_KINDS as readonly string[]).includes(mean.kind)) {
      throw new RuleViolation(
        'R-LEG-04',
        `En el flujo manual solo se aceptan transferencias o consignaciones bancarias, no ${mean.kind}.`,
      )
    }
    if (mean.paidOn >= cancelledOn) {
      throw new RuleViolation(
        'R-LEG-04',
        `El soporte de pago del ${mean.paidOn} no es anterior a la cancelación de la póliza (${cancelledOn}); ` +
          'solo se legalizan pagos hechos antes de la anulación.',
      )
    }
  }
}

/** What the manual flow registers besides the policy's own record (R-LEG-04), in the form's order. */
const MANUAL_FIELDS = [
  { path: 'holderIdType', label: 'tipo de identificación del tomador' },
  { path: 'holderIdNumber', label: 'identificación del tomador' },
  { path: 'holderName', label: 'nombre completo del tomador' },
  { path: 'policyType', label: 'tipo de póliza' },
  { path: 'lineOfBusiness', label: 'ramo' },
  { path: 'manualPolicyNumber', label: 'número de póliza' },
] as const

export type ManualRegistration = Partial<Record<(typeof MANUAL_FIELDS)[number]['path'], string | number | null>>

/**
 * R-LEG-04: the manual flow registers the policyholder (ID type, number, full name), the policy
 * type, the line of business and the policy number. The refusal lists every missing one and sits
 * on the first.
 */
export function assertManualRegistrationComplete(input: ManualRegistration): void {
  // A name of blanks is no name; the other fields are checked by their own formats afterwards.
  const missing = MANUAL_FIELDS.filter(({ path }) => (path === 'holderName' ? !String(input[path] ?? '').trim() : !input[path]))
  if (missing.length > 0) {
    throw new RuleViolation('R-LEG-04', `Flujo manual: faltan ${missing.map((f) => f.label).join(', ')}.`, 400, { path: missing[0]!.path })
  }
}
