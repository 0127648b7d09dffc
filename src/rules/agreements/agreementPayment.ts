import { moratoriumInterest, type RatePeriod } from '@/rules/cases/interest'
import { applyPayment, type PaymentApplication } from '@/rules/cases/paymentApplication'
import { isPesos } from '@/rules/money'
import { RuleViolation } from '@/rules/ruleViolation'
import { splitPesos } from './schedule'
import type { InstalmentStatus } from './statuses'

export type InstalmentState = { number: number; dueOn: string; amount: number; paidAmount: number }

export type InstalmentAfterPayment = InstalmentState & { status: InstalmentStatus; lateInterest: number }

/** R-AGR-09: what the part of a payment beyond the instalments already due is. */
export type PaymentKind = 'CUOTA' | 'ANTICIPO' | 'EXTRAORDINARIO'

export type AgreementPaymentResult = {
  kind: PaymentKind
  /** R-AGR-13: moratorium interest owed by the late instalments on the payment date. */
  lateInterest: number
  /** R-INT-02: the payment applied to costs, then that interest, then the instalments. */
  application: PaymentApplication
  instalments: InstalmentAfterPayment[]
  /** What the agreement still owes once this payment is applied. */
  outstanding: number
}

const pendingOf = (i: InstalmentState) => i.amount - i.paidAmount

/**
 * Payments are applied under a granted agreement: being met or under a demand for default
 * (R-AGR-13: late instalments paid before the agreement is declared void owe interest). A void
 * agreement's debt is collected in the coactive proceeding (R-AGR-12).
 */
export function assertAgreementTakesPayments(status: string | null | undefined): void {
  if (status !== 'APROBADO' && status !== 'EN_REQUERIMIENTO') {
    const why = status === 'SIN_VIGENCIA' ? 'fue declarado sin vigencia: la deuda se cobra en el proceso coactivo (R-AGR-12)' : 'no está vigente'
    throw new RuleViolation('R-AGR-13', `El acuerdo ${why}; no se aplican pagos a sus cuotas.`, 409)
  }
}

/** R-INT-02: the interest part of a payment, spread over the late instalments in order. */
export function lateInterestPaidBy(instalments: { number: number; lateInterest: number }[], toInterest: number): Map<number, number> {
  let left = toInterest
  return new Map(
    instalments.map((i) => {
      const paid = Math.min(i.lateInterest, left)
      left -= paid
      return [i.number, paid]
    }),
  )
}

/**
 * R-AGR-09 (001 §8.18): a payment of at least 20% of the outstanding balance is extraordinary and
 * re-liquidates it; a smaller one is an advance on the next instalments. Integer pesos: 20% exactly
 * is extraordinary, one peso less is not.
 */
export const isExtraordinary = (amount: number, outstanding: number): boolean => outstanding > 0 && amount * 100 >= outstanding * 20

/**
 * R-AGR-13 (001 §8.22, R-INT-01): an instalment paid late owes moratorium interest on what was
 * unpaid, for each month or fraction from its due date to the payment date, at the rate in force.
 */
export const lateInstalmentInterest = (instalment: InstalmentState, paidOn: string, rates: RatePeriod[]): number =>
  pendingOf(instalment) > 0 && paidOn > instalment.dueOn
    ? moratoriumInterest({ capital: pendingOf(instalment), dueDate: instalment.dueOn, cutOffDate: paidOn, rates }).interest
    : 0

const statusOf = (i: InstalmentState, today: string): InstalmentStatus => {
  if (i.paidAmount >= i.amount) return 'PAGADA'
  if (today > i.dueOn) return 'VENCIDA'
  return i.paidAmount > 0 ? 'ABONADA' : 'PENDIENTE'
}

/** Fills the instalments in order with `amount`; returns what was left over. */
function fillInOrder(instalments: InstalmentState[], amount: number): number {
  let left = amount
  for (const i of instalments) {
    const paid = Math.min(pendingOf(i), left)
    i.paidAmount += paid
    left -= paid
  }
  return left
}

/** R-AGR-09: the balance still owed spread again over the instalments not yet paid, on their dates. */
function reliquidate(instalments: InstalmentState[], extra: number): void {
  const open = instalments.filter((i) => pendingOf(i) > 0)
  const owed = open.reduce((sum, i) => sum + pendingOf(i), 0) - extra
  splitPesos(owed, open.length).forEach((share, k) => {
    open[k]!.amount = open[k]!.paidAmount + share
  })
}

/**
 * A payment against a granted agreement (R-INT-02, R-AGR-09, R-AGR-13), in one pure decision:
 * the late instalments' moratorium interest is owed first (after any costs), then the payment pays
 * the instalments already due, in order; what is left is an advance on the next instalments
 * (< 20% of the balance still owed) or an extraordinary payment that re-liquidates it (≥ 20%).
 */
export function applyAgreementPayment(input: {
  instalments: InstalmentState[]
  amount: number
  paidOn: string
  rates: RatePeriod[]
  costs?: number
}): AgreementPaymentResult {
  if (!isPesos(input.amount) || input.amount === 0) {
    throw new RuleViolation('R-MON-01', 'El pago debe ser un valor entero en pesos, mayor que cero.', 400, { path: 'amount' })
  }
  const instalments = [...input.instalments].sort((a, b) => a.number - b.number).map((i) => ({ ...i }))
  const lateByNumber = new Map(instalments.map((i) => [i.number, lateInstalmentInterest(i, input.paidOn, input.rates)]))
  const lateInterest = [...lateByNumber.values()].reduce((sum, v) => sum + v, 0)
  const owedOnInstalments = instalments.reduce((sum, i) => sum + pendingOf(i), 0)
  const application = applyPayment({ costs: input.costs ?? 0, interest: lateInterest, capital: owedOnInstalments }, input.amount)
  if (application.surplus > 0) {
    throw new RuleViolation('R-AGR-09', 'El pago supera el saldo del acuerdo; registre solo lo que se adeuda.', 400, { path: 'amount' })
  }
  const due = instalments.filter((i) => i.dueOn <= input.paidOn)
  const beyondDue = fillInOrder(due, application.toCapital)
  const stillOwed = instalments.reduce((sum, i) => sum + pendingOf(i), 0)
  let kind: PaymentKind = 'CUOTA'
  if (beyondDue > 0 && isExtraordinary(beyondDue, stillOwed)) {
    kind = 'EXTRAORDINARIO'
    reliquidate(instalments, beyondDue)
  } else if (beyondDue > 0) {
    kind = 'ANTICIPO'
    fillInOrder(instalments, beyondDue)
  }
  return {
    kind,
    lateInterest,
    application,
    instalments: instalments.map((i) => ({ ...i, status: statusOf(i, input.paidOn), lateInterest: lateByNumber.get(i.number) ?? 0 })),
    outstanding: instalments.reduce((sum, i) => sum + pendingOf(i), 0),
  }
}
