import { RuleViolation } from '@/rules/ruleViolation'

export type Balance = { costs: number; interest: number; capital: number }

export type PaymentApplication = {
  toCosts: number
  toInterest: number
  toCapital: number
  /** What is left of the payment once the whole debt is paid. */
  surplus: number
  balance: Balance
}

/** R-INT-02: a payment goes to costs first, then interest, then capital. */
export function applyPayment(balance: Balance, amount: number): PaymentApplication {
  for (const [field, value] of Object.entries({ ...balance, pago: amount })) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RuleViolation('R-MON-01', `El valor de ${field} debe ser un número entero de pesos, sin decimales.`)
    }
  }
  let left = amount
  const take = (owed: number) => {
    const paid = Math.min(owed, left)
    left -= paid
    return paid
  }
  const toCosts = take(balance.costs)
  const toInterest = take(balance.interest)
  const toCapital = take(balance.capital)
  return {
    toCosts,
    toInterest,
    toCapital,
    surplus: left,
    balance: {
      costs: balance.costs - toCosts,
      interest: balance.interest - toInterest,
      capital: balance.capital - toCapital,
    },
  }
}
