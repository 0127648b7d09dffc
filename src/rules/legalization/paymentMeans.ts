import { z } from 'zod'

import { formatPesos } from '@/rules/money'
import { RuleViolation } from '@/rules/ruleViolation'

/** R-LEG-02: the four payment means of the portal. */
export const PAYMENT_MEAN_KINDS = [
  { value: 'CONSIGNACION_EFECTIVO', label: 'Consignación en efectivo' },
  { value: 'CONSIGNACION_CHEQUE', label: 'Consignación en cheque' },
  { value: 'TRANSFERENCIA', label: 'Transferencia' },
  { value: 'DATAFONO', label: 'Datáfono' },
] as const

export const CARD_FRANCHISES = [
  { value: 'VISA', label: 'Visa' },
  { value: 'MASTERCARD', label: 'MasterCard' },
  { value: 'AMERICAN_EXPRESS', label: 'American Express' },
  { value: 'DINERS', label: 'Diners' },
] as const

const isoDate = z
  .string({ error: 'paidOn es obligatoria (AAAA-MM-DD).' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'paidOn debe tener el formato AAAA-MM-DD.')
  .refine((d) => !Number.isNaN(new Date(`${d}T12:00:00Z`).getTime()) && new Date(`${d}T12:00:00Z`).toISOString().startsWith(d), 'paidOn no es una fecha del calendario.')
const pesos = z
  .number({ error: 'amount debe ser un número entero de pesos.' })
  .int('amount debe ser un número entero de pesos, sin decimales.')
  .positive('amount debe ser mayor que cero.')
  .max(Number.MAX_SAFE_INTEGER)
const text = (name: string) => z.string({ error: `${name} es obligatorio.` }).trim().min(1, `${name} es obligatorio.`).max(40)

const bankMean = <K extends string>(kind: K) =>
  z.object({ kind: z.literal(kind), paidOn: isoDate, amount: pesos, bankAccount: text('bankAccount'), bankBranch: text('bankBranch') })

/** A card payment: its authorization and franchise (the same in every kind of form). */
const cardMean = z.object({
  kind: z.literal('DATAFONO'),
  paidOn: isoDate,
  amount: pesos,
  authorizationNumber: text('authorizationNumber'),
  franchise: z.enum(CARD_FRANCHISES.map((f) => f.value) as [string, ...string[]], {
    error: `franchise debe ser una de ${CARD_FRANCHISES.map((f) => f.value).join(', ')}.`,
  }),
})

/** R-LEG-02: each mean with its own fields (bank account + branch, or authorization + franchise). */
export const PaymentMean = z.discriminatedUnion(
  'kind',
  [
    bankMean('CONSIGNACION_EFECTIVO'),
    bankMean('CONSIGNACION_CHEQUE'),
    bankMean('TRANSFERENCIA'),
    cardMean,
  ],
  { error: `kind debe ser uno de ${PAYMENT_MEAN_KINDS.map((k) => k.value).join(', ')}.` },
)

export type PaymentMean = z.infer<typeof PaymentMean>

const accountId = z
  .number({ error: 'account es obligatoria: el id de una cuenta del catálogo de cuentas bancarias.' })
  .int('account debe ser el id de una cuenta bancaria.')
  .positive('account debe ser el id de una cuenta bancaria.')

const chosenAccountMean = <K extends string>(kind: K) =>
  z.object({ kind: z.literal(kind), paidOn: isoDate, amount: pesos, account: accountId, bankBranch: text('bankBranch') }).strict()

/**
 * R-LEG-02 in a legalization: a deposit or transfer names the insurer's account chosen from the
 * catalogue (`account`, the id of a bank-accounts row) and the bank branch where it was made; a card
 * its authorization and franchise. A typed `bankAccount` is refused (strict), so no account is typed.
 */
export const LegalizationPaymentMean = z.discriminatedUnion(
  'kind',
  [
    chosenAccountMean('CONSIGNACION_EFECTIVO'),
    chosenAccountMean('CONSIGNACION_CHEQUE'),
    chosenAccountMean('TRANSFERENCIA'),
    cardMean,
  ],
  { error: `kind debe ser uno de ${PAYMENT_MEAN_KINDS.map((k) => k.value).join(', ')}.` },
)

export type LegalizationPaymentMean = z.infer<typeof LegalizationPaymentMean>

/** R-LEG-03: the means must add up to the total being legalized, to the peso. */
export function assertMeansMatchTotal(means: { amount: number }[], total: number): void {
  if (means.length === 0) {
    throw new RuleViolation('R-LEG-03', 'Registre al menos un medio de pago.')
  }
  const sum = means.reduce((s, m) => s + m.amount, 0)
  if (sum !== total) {
    const gap = Math.abs(total - sum)
    throw new RuleViolation(
      'R-LEG-03',
      `Los medios de pago suman ${formatPesos(sum)} y el total a legalizar es ${formatPesos(total)}: ` +
        `${sum < total ? 'faltan' : 'sobran'} ${formatPesos(gap)}.`,
    )
  }
}
