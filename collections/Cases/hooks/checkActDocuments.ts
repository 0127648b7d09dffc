import type { CollectionBeforeChangeHook } from 'payload'

import { day } from '@/rules/calendar'
import { SLUGS } from '@/constants/slugs'
import { assertActDocument, type DocumentedAct } from '@/rules/cases/actDocuments'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

const GROUPS: { group: 'lcd' | 'paymentOrder'; act: DocumentedAct }[] = [
  { group: 'lcd', act: 'LCD' },
  { group: 'paymentOrder', act: 'MANDAMIENTO' },
]

/**
 * R-COB-08 / R-COB-17: a document newly linked to the LCD or the payment order must be the PDF of
 * the issued act, and stays once linked (neither swapped nor removed). Runs after `stampCaseAuthors`,
 * which merges each group with the stored one and sets the issue dates.
 */
export const checkActDocuments: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  for (const { group, act } of GROUPS) {
    const attached = idOf(data[group]?.document) ?? null
    const before = idOf(originalDoc?.[group]?.document) ?? null
    if (String(attached) === String(before)) continue
    const document =
      attached === null
        ? null
        : await req.payload.findByID({
            collection: SLUGS.documents,
            id: attached,
            depth: 0,
            select: { mimeType: true },
            overrideAccess: true,
            disableErrors: true,
            req,
          })
    enforceRule(() =>
      assertActDocument({ act, issuedOn: day(data[group]?.issuedOn), attachedBefore: before, mimeType: document?.mimeType }),
    )
  }
  return data
}
