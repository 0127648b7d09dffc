import type { CollectionAfterChangeHook } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import type { Agreement } from '@/payload-types'
import { AGREEMENT_STATUS_OPTIONS } from '@/rules/agreements/statuses'
import { formatPesos } from '@/rules/money'
import { idOf } from '@/utilities/idOf'

const label = (status: string | null | undefined) => AGREEMENT_STATUS_OPTIONS.find((o) => o.value === status)?.label ?? String(status)

/** R-COB-17: the request and every step of the agreement are entries of its case file, in the same transaction. */
export const recordAgreementEvents: CollectionAfterChangeHook<Agreement> = async ({ doc, previousDoc, operation, req }) => {
  const theCase = { id: idOf(doc.case) as number, branch: doc.branch, assignedFirm: doc.assignedFirm }
  if (operation === 'create') {
    await appendCaseEvent(req, theCase, {
      kind: 'GESTION',
      summary: `Solicitud de acuerdo de pago (${doc.id}) por ${formatPesos(doc.total ?? 0)}, abono inicial ${formatPesos(doc.downPayment ?? 0)}, plazo ${doc.termMonths} meses.`,
    })
    return doc
  }
  if (previousDoc?.status === doc.status) return doc
  let summary = `Acuerdo de pago ${doc.id}: pasa de "${label(previousDoc?.status)}" a "${label(doc.status)}".`
  if (doc.status === 'APROBADO' && previousDoc?.status !== 'EN_REQUERIMIENTO') {
    summary = `Acuerdo de pago ${doc.id} concedido: ${formatPesos(doc.total ?? 0)} en ${doc.termMonths} meses; se suspende el proceso de cobro (R-COB-15).`
  }
  if (doc.status === 'RECHAZADO') summary = `${summary} Razones: ${doc.rejectionReasons ?? ''}`
  await appendCaseEvent(req, theCase, { kind: 'ACTO', summary })
  return doc
}
