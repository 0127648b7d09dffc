import type { PayloadRequest } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import type { GuaranteeStatus } from '@/rules/guarantees/statuses'
import { formatPesos } from '@/rules/money'
import { idOf } from '@/utilities/idOf'
import { withContext } from '@/utilities/withContext'

const ENFORCEABLE: GuaranteeStatus[] = ['PROPUESTA', 'PERFECCIONADA']

/**
 * Step "enforce the guarantees" (R-AGR-12, 001 §8.21): the case's guarantees in force are marked
 * EN_EJECUCION, up to the outstanding balance, one after another; only their status changes, so
 * the offer's rules are not judged again (`guaranteeStatusOnly`).
 */
export const enforceCaseGuarantees = async (req: PayloadRequest, agreement: Agreement, outstanding: number): Promise<number[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.guarantees,
    where: { and: [{ case: { equals: idOf(agreement.case) } }, { status: { in: ENFORCEABLE } }] },
    select: { status: true },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((g) => g.id)
  await withContext(req, { guaranteeStatusOnly: true }, async () => {
    for (const id of ids) {
      await req.payload.update({ collection: SLUGS.guarantees, id, data: { status: 'EN_EJECUCION' }, overrideAccess: true, depth: 0, req })
    }
  })
  await appendCaseEvent(req, { id: idOf(agreement.case) as number, branch: agreement.branch, assignedFirm: agreement.assignedFirm }, {
    kind: 'ACTO',
    summary:
      ids.length > 0
        ? `Se ordena hacer efectivas ${ids.length} garantía(s) del acuerdo ${agreement.id} hasta el saldo insoluto de ${formatPesos(outstanding)} (R-AGR-12).`
        : `El acuerdo ${agreement.id} no tenía garantías que hacer efectivas (R-AGR-12).`,
  })
  return ids
}
