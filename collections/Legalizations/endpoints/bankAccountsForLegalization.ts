import type { PayloadHandler } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import { bankAccountsFor, type BankAccountForChoice } from '@/rules/legalization/bankAccounts'
import { idOf } from '@/utilities/idOf'

const Params = z.object({ id: z.coerce.number({ error: 'El id de la legalización debe ser un número.' }).int().positive() })

/**
 * GET /api/legalizations/:id/bank-accounts — R-LEG-02: the catalogue accounts a payment of this
 * legalization may name, those of its branch first (`forBranch: true`), then the national ones;
 * for whoever may read the legalization.
 */
export const bankAccountsForLegalization: PayloadHandler = async (req) => {
  const { id } = parseInput(Params, req.routeParams ?? {})
  await requireAccess(req, { collection: SLUGS.legalizations, operation: 'read', id })
  const legalization = await req.payload.findByID({ collection: SLUGS.legalizations, id, select: { branch: true }, depth: 0, overrideAccess: false, user: req.user, req })
  const { docs } = await req.payload.find({
    collection: SLUGS.bankAccounts,
    where: { active: { equals: true } },
    select: { bank: true, accountNumber: true, accountType: true, branches: true, active: true, label: true },
    sort: 'bank',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const accounts = docs.map((d) => ({ ...d, branches: (d.branches ?? []).map((b) => idOf(b)!) })) as (BankAccountForChoice & { label?: string | null })[]
  return Response.json({
    branch: idOf(legalization.branch) ?? null,
    docs: bankAccountsFor(accounts, idOf(legalization.branch)).map((a) => ({
      id: a.id,
      label: a.label,
      bank: a.bank,
      accountType: a.accountType,
      accountNumber: a.accountNumber,
      forBranch: (a.branches ?? []).length > 0,
    })),
  })
}
