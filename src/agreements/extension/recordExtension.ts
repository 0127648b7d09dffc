import type { PayloadRequest } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import { storeDay } from '@/rules/calendar'
import { CASE_EVENT_KIND } from '@/rules/cases/caseOptions'
import { formatPesos } from '@/rules/money'
import { idOf } from '@/utilities/idOf'
import type { ExtensionDecision } from './decideExtension'
import type { ExtensionInput } from './types'

/**
 * Step "record": the extension on the agreement (once: the count goes to one) and the document the
 * competent official signs in the case file, with the circumstances (001 §8.19, R-COB-17).
 */
export const recordExtension = async (req: PayloadRequest, agreement: Agreement, input: ExtensionInput, decision: ExtensionDecision, today: string) => {
  const updated = await req.payload.update({
    collection: SLUGS.agreements,
    id: agreement.id,
    data: {
      extensionsGranted: (agreement.extensionsGranted ?? 0) + 1,
      extension: {
        requestedOn: storeDay(decision.requestedOn),
        termMonths: input.termMonths,
        fromInstalment: decision.fromNumber,
        reason: input.reason,
        grantedBy: (req.user?.id as number | undefined) ?? null,
        grantedOn: storeDay(today),
      },
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const last = decision.schedule[decision.schedule.length - 1]!
  const coverage = decision.coverage ? ` Garantías ${formatPesos(decision.coverage.covered)} cubren ${formatPesos(decision.coverage.required)} (R-GAR-02).` : ''
  await appendCaseEvent(req, { id: idOf(agreement.case) as number, branch: agreement.branch, assignedFirm: agreement.assignedFirm }, {
    kind: CASE_EVENT_KIND.act,
    summary:
      `Ampliación del plazo del acuerdo ${agreement.id} (R-AGR-10): de ${agreement.termMonths} a ${input.termMonths} meses desde la cuota ${decision.fromNumber}; ` +
      `última cuota el ${last.dueOn}. Circunstancias: ${input.reason}.${coverage}`,
  })
  return updated
}
