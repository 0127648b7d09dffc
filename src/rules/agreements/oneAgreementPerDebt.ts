import { RuleViolation } from '@/rules/ruleViolation'
import type { AgreementStatus } from './statuses'

/** An obligation of the case's debt an agreement covers, named by its period and concept. */
export type ObligationKey = { period: string; concept: string }

export type ExistingAgreement = { id: number | string; status: AgreementStatus; obligations: ObligationKey[] }

/** Requests that ended without an agreement do not count: the debt may be asked for again. */
const ENDED_WITHOUT_AGREEMENT: AgreementStatus[] = ['RECHAZADO', 'DESISTIDO']

const keyOf = (o: ObligationKey) => `${o.period}|${o.concept}`

/**
 * R-AGR-04: one agreement per debt and debtor (001 §8.4), and none for obligations whose earlier
 * agreement was declared void for default (001 §8.21). `others` are the debtor's other agreements;
 * they clash when they cover one of the same obligations. Modifications and re-liquidations change
 * the agreement itself, never add a second one.
 */
export function assertOneAgreementPerDebt(input: { obligations: ObligationKey[]; others: ExistingAgreement[] }): void {
  const wanted = new Set(input.obligations.map(keyOf))
  const clashing = input.others.filter(
    (a) => !ENDED_WITHOUT_AGREEMENT.includes(a.status) && a.obligations.some((o) => wanted.has(keyOf(o))),
  )
  const voided = clashing.find((a) => a.status === 'SIN_VIGENCIA')
  if (voided) {
    throw new RuleViolation(
      'R-AGR-04',
      `No se conceden nuevos acuerdos para obligaciones cuyo acuerdo anterior (${voided.id}) fue declarado sin vigencia por incumplimiento.`,
      409,
    )
  }
  if (clashing.length > 0) {
    throw new RuleViolation(
      'R-AGR-04',
      `Ya existe un acuerdo de pago (${clashing[0]!.id}) para esta deuda y este deudor: solo puede existir uno por deuda y deudor.`,
      409,
    )
  }
}
