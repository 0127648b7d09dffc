import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import { storeDay } from '@/rules/calendar'
import { instalmentLabel } from '@/rules/agreements/agreementTitle'
import { INSTALMENT_STATUSES } from '@/rules/agreements/statuses'
import { idOf } from '@/utilities/idOf'
import type { ExtensionDecision } from './decideExtension'

/** Step "reschedule": the re-scheduled instalments rewritten and the new ones added, one row after another. */
export const rescheduleInstalments = async (req: PayloadRequest, agreement: Agreement, { rows, schedule }: ExtensionDecision) => {
  const last = rows[rows.length - 1]
  for (const instalment of schedule) {
    const row = rows.find((r) => r.number === instalment.number)
    const status = instalment.paidAmount > 0 ? INSTALMENT_STATUSES.partial : INSTALMENT_STATUSES.due
    if (row) {
      if (row.amount === instalment.amount) continue
      await req.payload.update({
        collection: SLUGS.agreementInstalments,
        id: row.id,
        data: { amount: instalment.amount, status },
        depth: 0,
        overrideAccess: true,
        req,
      })
      continue
    }
    await req.payload.create({
      collection: SLUGS.agreementInstalments,
      data: {
        label: instalmentLabel(agreement.id, instalment.number),
        agreement: agreement.id,
        case: idOf(agreement.case) as number,
        number: instalment.number,
        dueOn: storeDay(instalment.dueOn)!,
        amount: instalment.amount,
        paidAmount: 0,
        status,
        pays: last?.pays ?? '',
        branch: (idOf(agreement.branch) as number | undefined) ?? null,
        assignedFirm: (idOf(agreement.assignedFirm) as number | undefined) ?? null,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}
