import type { Certificate } from '@/rules/policyCertificates'
import { POLICY_STATUS } from '@/rules/policyStatuses'
import { RuleViolation } from '@/rules/ruleViolation'

export type PolicyForLegalization = {
  id: number | string
  number: string
  type?: string | null
  clave: string
  status?: string | null
  premium?: number | null
  coverStart?: string | null
  totalDue: number
  amountPaid?: number | null
  cancelledAt?: string | null
  certificates?: Certificate[] | null
}

export type LegalizationItem = {
  policy: number | string
  policyNumber: string
  policyType: string | null
  premium: number
  coverStart: string | null
  /** "Rec o Doc" of the legalization summary (R-LEG-06): the receipts (certificates) the amount pays. */
  receipts: string
  amount: number
}

/**
 * R-LEG-06 (000 "Resumen de legalización", column "Rec o Doc"): the receipt or document numbers a
 * legalization line pays — the certificates still owing, oldest due first (the order the payment
 * credits them, R-CAR-04). A policy without certificate detail shows its own number.
 */
export function receiptsOf(policy: Pick<PolicyForLegalization, 'number' | 'certificates'>): string {
  const owing = (policy.certificates ?? [])
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => (c.amountDue ?? 0) - (c.amountPaid ?? 0) > 0)
    .sort((a, b) => String(a.c.dueDate ?? '').localeCompare(String(b.c.dueDate ?? '')) || a.index - b.index)
    .map(({ c }) => String(c.number ?? '').trim())
    .filter(Boolean)
  return owing.length > 0 ? [...new Set(owing)].join(', ') : policy.number
}

export const amountDueOf = (p: Pick<PolicyForLegalization, 'totalDue' | 'amountPaid'>): number =>
  Math.max(0, p.totalDue - (p.amountPaid ?? 0))

/**
 * R-LEG-01: an automatic legalization takes one or more policies of the clave's portfolio that
 * still owe money; each is legalized for what it owes. Returns the items and their total.
 */
export function priceAutomaticItems(input: {
  requestedIds: (number | string)[]
  policies: PolicyForLegalization[]
  clave: string
}): { items: LegalizationItem[]; total: number } {
  const { requestedIds, policies, clave } = input
  if (requestedIds.length === 0) {
    throw new RuleViolation('R-LEG-01', 'Agregue al menos una póliza a la legalización.')
  }
  if (new Set(requestedIds.map(String)).size !== requestedIds.length) {
    throw new RuleViolation('R-LEG-01', 'Una póliza no puede estar dos veces en la misma legalización.')
  }
  const items = requestedIds.map((id) => {
    const p = policies.find((x) => String(x.id) === String(id))
    if (!p || p.clave !== clave) {
      throw new RuleViolation('R-LEG-01', `La póliza ${id} no está en la cartera de la clave ${clave}.`, 403)
    }
    if (p.status === POLICY_STATUS.cancelled) {
      throw new RuleViolation('R-LEG-01', `La póliza ${p.number} está cancelada: legalícela por el flujo manual.`)
    }
    const amount = amountDueOf(p)
    if (amount === 0) throw new RuleViolation('R-LEG-01', `La póliza ${p.number} no tiene saldo pendiente.`)
    return {
      policy: p.id,
      policyNumber: p.number,
      policyType: p.type ?? null,
      premium: p.premium ?? 0,
      coverStart: p.coverStart ?? null,
      receipts: receiptsOf(p),
      amount,
    }
  })
  return { items, total: items.reduce((s, i) => s + i.amount, 0) }
}

