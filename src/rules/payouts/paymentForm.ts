import { RuleViolation } from '@/rules/ruleViolation'

/** R-PAY-02: how a voucher was paid. Values are part of the API. */
export const PAYMENT_FORMS = [
  { value: 'DISPERSION', label: 'Dispersión' },
  { value: 'GIRO_DIRECTO_CESION', label: 'Giro Directo/Cesión' },
] as const

export type PaymentForm = (typeof PAYMENT_FORMS)[number]['value']

export const ACCOUNT_TYPES = [
  { value: 'AHORROS', label: 'Ahorros' },
  { value: 'CORRIENTE', label: 'Corriente' },
] as const

export type AccountType = (typeof ACCOUNT_TYPES)[number]['value']

/** What the portal shows in a bank column of a voucher paid by giro directo/cesión. */
export const NOT_APPLICABLE = 'N/A'

export type BankFields = {
  paymentForm: PaymentForm | string
  bankName?: string | null
  accountType?: string | null
  accountNumber?: string | null
}

const BANK_FIELD_LABELS = { bankName: 'el banco', accountType: 'el tipo de cuenta', accountNumber: 'el número de cuenta' } as const

const filled = (value: string | null | undefined) => typeof value === 'string' && value.trim() !== ''

/**
 * R-PAY-02: a dispersión is paid into a bank account, so it needs the bank, the account type and
 * the account number; a giro directo/cesión is not, so it carries none of them (shown as N/A).
 */
export const checkPaymentForm = (payout: BankFields): void => {
  const missing = (Object.keys(BANK_FIELD_LABELS) as (keyof typeof BANK_FIELD_LABELS)[]).filter((f) => !filled(payout[f]))
  if (payout.paymentForm === 'DISPERSION') {
    if (missing.length > 0) {
      throw new RuleViolation('R-PAY-02', `Un pago por dispersión necesita ${missing.map((f) => BANK_FIELD_LABELS[f]).join(', ')}.`)
    }
    if (!ACCOUNT_TYPES.some((t) => t.value === payout.accountType)) {
      throw new RuleViolation('R-PAY-02', `El tipo de cuenta debe ser ${ACCOUNT_TYPES.map((t) => t.label).join(' o ')}.`)
    }
    return
  }
  if (payout.paymentForm === 'GIRO_DIRECTO_CESION') {
    if (missing.length < 3) {
      throw new RuleViolation('R-PAY-02', 'Un pago por giro directo o cesión no lleva banco, tipo ni número de cuenta (se muestran como N/A).')
    }
    return
  }
  throw new RuleViolation('R-PAY-02', `La forma de pago debe ser ${PAYMENT_FORMS.map((f) => f.label).join(' o ')}.`)
}

/** R-PAY-02: the bank columns as the provider sees them: N/A when the form has no bank. */
export const shownBankFields = (payout: BankFields): { bankName: string; accountType: string; accountNumber: string } => {
  if (payout.paymentForm !== 'DISPERSION') return { bankName: NOT_APPLICABLE, accountType: NOT_APPLICABLE, accountNumber: NOT_APPLICABLE }
  const accountType = ACCOUNT_TYPES.find((t) => t.value === payout.accountType)?.label ?? payout.accountType ?? ''
  return { bankName: payout.bankName ?? '', accountType, accountNumber: payout.accountNumber ?? '' }
}

export const paymentFormLabel = (form: string): string => PAYMENT_FORMS.find((f) => f.value === form)?.label ?? form
