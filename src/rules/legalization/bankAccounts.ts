import { closedList } from '@/rules/options'
import { RuleViolation } from '@/rules/ruleViolation'

/** R-LEG-02: the banks the insurer keeps collection accounts in ("Otro" holds migrated typed values). */
export const { values: BANK, options: BANKS } = closedList({
  bancolombia: ['BANCOLOMBIA', 'Bancolombia'],
  bogota: ['BANCO_DE_BOGOTA', 'Banco de Bogotá'],
  davivienda: ['DAVIVIENDA', 'Davivienda'],
  bbva: ['BBVA', 'BBVA Colombia'],
  occidente: ['BANCO_DE_OCCIDENTE', 'Banco de Occidente'],
  popular: ['BANCO_POPULAR', 'Banco Popular'],
  citibank: ['CITIBANK', 'Citibank'],
  colpatria: ['SCOTIABANK_COLPATRIA', 'Scotiabank Colpatria'],
  agrario: ['BANCO_AGRARIO', 'Banco Agrario'],
  avVillas: ['AV_VILLAS', 'Banco AV Villas'],
  other: ['OTRO', 'Otro'],
})

export const { values: BANK_ACCOUNT_TYPE, options: BANK_ACCOUNT_TYPES } = closedList({
  savings: ['AHORROS', 'Cuenta de ahorros'],
  checking: ['CORRIENTE', 'Cuenta corriente'],
})

export type BankAccountForChoice = {
  id: number | string
  bank: string
  accountNumber: string
  accountType?: string | null
  /** The branches the account is for; none = every branch. */
  branches?: (number | string)[] | null
  active?: boolean | null
}

const bankLabel = (bank: string) => BANKS.find((b) => b.value === bank)?.label ?? bank
const typeLabel = (type?: string | null) => BANK_ACCOUNT_TYPES.find((t) => t.value === type)?.label

/** "Bancolombia · Cuenta corriente 123-456789-01": how an account is named in lists and on a payment. */
export const bankAccountLabel = (account: Pick<BankAccountForChoice, 'bank' | 'accountNumber' | 'accountType'>): string =>
  [bankLabel(account.bank), [typeLabel(account.accountType), account.accountNumber].filter(Boolean).join(' ')].join(' · ')

const isFor = (account: BankAccountForChoice, branch: number | string | null | undefined) =>
  (account.branches ?? []).length === 0 || (branch !== null && branch !== undefined && (account.branches ?? []).some((b) => String(b) === String(branch)))

/**
 * R-LEG-02 (000 "Añade los medios de pago": "Banco (confirma el número de cuenta del banco en el que se
 * realizó el pago)"): the accounts offered for a legalization of a branch — the active accounts of
 * that branch first, then the insurer's national ones (no branch); another branch's accounts are not offered.
 */
export function bankAccountsFor<A extends BankAccountForChoice>(accounts: A[], branch: number | string | null | undefined): A[] {
  const usable = accounts.filter((a) => a.active !== false && isFor(a, branch))
  const own = usable.filter((a) => (a.branches ?? []).length > 0)
  const national = usable.filter((a) => (a.branches ?? []).length === 0)
  return [...own, ...national]
}

/**
 * R-LEG-02: every bank mean names an account of the catalogue that is active and is for the
 * legalization's branch (or national). Returns each mean's account, in order (null for a card).
 */
export function assertMeansAccounts(input: {
  means: { kind: string; account?: number | string | null }[]
  accounts: BankAccountForChoice[]
  branch: number | string | null | undefined
}): (BankAccountForChoice | null)[] {
  return input.means.map((mean, index) => {
    if (mean.account === undefined || mean.account === null) return null
    const account = input.accounts.find((a) => String(a.id) === String(mean.account))
    const path = `means.${index}.account`
    if (!account) throw new RuleViolation('R-LEG-02', `La cuenta bancaria ${mean.account} no existe en el catálogo de cuentas de la aseguradora.`, 400, { path })
    if (account.active === false) {
      throw new RuleViolation('R-LEG-02', `La cuenta ${bankAccountLabel(account)} ya no recibe pagos; elija otra del catálogo.`, 400, { path })
    }
    if (!isFor(account, input.branch)) {
      throw new RuleViolation('R-LEG-02', `La cuenta ${bankAccountLabel(account)} no es de la sucursal de esta legalización; elija una de su sucursal o nacional.`, 400, {
        path,
      })
    }
    return account
  })
}
