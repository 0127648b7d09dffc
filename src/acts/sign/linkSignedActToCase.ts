import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Case, Document } from '@/payload-types'
import type { ActKind } from '@/rules/acts/actKinds'
import { signedActCasePatch } from '@/rules/acts/signedActLink'

/**
 * Step of signing an act (R-COB-08 / R-COB-17): the case's LCD or payment order record points to
 * the signed document. Written as the signer with access checked, through the case's own hooks
 * (the move to LCD_FIRMADA, the issue date, the PDF check, the case-file entry); a refusal there
 * rolls the signature back.
 */
export const linkSignedActToCase = async (req: PayloadRequest, input: { caseId: number; kind: ActKind; signed: Document }): Promise<void> => {
  const theCase = (await req.payload.findByID({
    collection: SLUGS.cases,
    id: input.caseId,
    select: { subState: true, lcd: true, paymentOrder: true },
    depth: 0,
    overrideAccess: true,
    req,
  })) as Case
  const patch = signedActCasePatch(input.kind, theCase, input.signed.id)
  if (!patch) return
  await req.payload.update({ collection: SLUGS.cases, id: input.caseId, data: patch as Partial<Case>, overrideAccess: false, user: req.user, depth: 0, req })
}
