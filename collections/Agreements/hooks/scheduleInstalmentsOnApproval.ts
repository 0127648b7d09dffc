import type { CollectionAfterChangeHook } from 'payload'

import { isApproval } from '@/agreements/agreementSave'
import { scheduleOf } from '@/agreements/scheduleOf'
import { storeDay } from '@/rules/calendar'
import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import { instalmentLabel } from '@/rules/agreements/agreementTitle'
import type { AgreementStatus } from '@/rules/agreements/statuses'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/**
 * R-AGR-08: granting the agreement writes its schedule, one row per instalment, in the approval's
 * transaction, one after another (never in parallel inside a transaction).
 */
export const scheduleInstalmentsOnApproval: CollectionAfterChangeHook<Agreement> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? null : ((previousDoc?.status ?? null) as AgreementStatus | null)
  if (!isApproval(from, doc.status as AgreementStatus)) return doc
  const { calendar } = await loadLegalSettings(req)
  const instalments = enforceRule(() => scheduleOf(doc, String(doc.approvedOn).slice(0, 10), calendar))
  for (const instalment of instalments) {
    await req.payload.create({
      collection: SLUGS.agreementInstalments,
      data: {
        label: instalmentLabel(doc.id, instalment.number),
        agreement: doc.id,
        case: idOf(doc.case) as number,
        number: instalment.number,
        dueOn: storeDay(instalment.dueOn)!,
        amount: instalment.amount,
        paidAmount: 0,
        status: 'PENDIENTE',
        pays: instalment.pays.join(' · '),
        branch: (idOf(doc.branch) as number | undefined) ?? null,
        assignedFirm: (idOf(doc.assignedFirm) as number | undefined) ?? null,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return doc
}
