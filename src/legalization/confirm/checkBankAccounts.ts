import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Legalization } from '@/payload-types'
import { assertMeansAccounts, bankAccountLabel, type BankAccountForChoice } from '@/rules/legalization/bankAccounts'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import type { ConfirmationInput } from './types'

/**
 * Step "check bank accounts" (R-LEG-02): each deposit or transfer names an active catalogue account
 * of the legalization's branch (or a national one). Returns the means with the account's name kept
 * as text beside the link, so a payment still reads the same if the account is renamed later.
 */
export const checkBankAccounts = async (req: PayloadRequest, legalization: Legalization, input: ConfirmationInput): Promise<ConfirmationInput> => {
  const ids = input.means.map((m) => ('account' in m ? m.account : undefined)).filter((id): id is number => id !== undefined)
  const { docs } = ids.length
    ? await req.payload.find({
        collection: SLUGS.bankAccounts,
        where: { id: { in: ids } },
        select: { bank: true, accountNumber: true, accountType: true, branches: true, active: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const accounts = docs.map((d) => ({ ...d, branches: (d.branches ?? []).map((b) => idOf(b)!) })) as BankAccountForChoice[]
  const chosen = enforceRule(() => assertMeansAccounts({ means: input.means, accounts, branch: idOf(legalization.branch) }))
  return {
    ...input,
    means: input.means.map((m, i) => (chosen[i] ? { ...m, bankAccount: bankAccountLabel(chosen[i]!) } : m)),
  }
}
