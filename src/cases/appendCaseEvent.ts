import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { CaseEventKind } from '@/rules/cases/caseOptions'
import { idOf } from '@/utilities/idOf'


/** R-COB-17: one entry in the case file, in the same transaction as the change it records. */
export const appendCaseEvent = async (
  req: PayloadRequest,
  theCase: { id: number | string; branch?: unknown; assignedFirm?: unknown },
  event: { kind: CaseEventKind; summary: string; document?: number | string | null },
) => {
  await req.payload.create({
    collection: SLUGS.caseEvents,
    data: {
      case: theCase.id as number,
      at: new Date().toISOString(),
      kind: event.kind,
      summary: event.summary.slice(0, 500),
      actor: (req.user?.id as number | undefined) ?? null,
      actorEmail: req.user?.email ?? 'sistema',
      document: (event.document as number | undefined) ?? null,
      branch: (idOf(theCase.branch) as number | undefined) ?? null,
      assignedFirm: (idOf(theCase.assignedFirm) as number | undefined) ?? null,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
