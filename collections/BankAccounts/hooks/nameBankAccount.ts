import type { CollectionBeforeChangeHook } from 'payload'

import type { BankAccount } from '@/payload-types'
import { bankAccountLabel } from '@/rules/legalization/bankAccounts'

/** R-LEG-02: the account's name in lists and on payments ("Bancolombia · Cuenta corriente 123…"). */
export const nameBankAccount: CollectionBeforeChangeHook<BankAccount> = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  return { ...data, label: bankAccountLabel({ bank: String(merged.bank), accountNumber: String(merged.accountNumber ?? ''), accountType: merged.accountType }) }
}
