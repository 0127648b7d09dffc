import type { CollectionBeforeValidateHook } from 'payload'

import { SLUGS } from '../../../src/constants/slugs'
import type { Guarantee } from '../../../src/payload-types'
import { GUARANTEE_KIND_OPTIONS } from '../../../src/rules/guarantees/kinds'
import { idOf } from '../../../src/utilities/idOf'

/**
 * A guarantee takes its case's branch and firm (server-managed, so read access is a plain Where)
 * and a title. The case is read as the acting user: nobody offers a guarantee on a case they cannot see.
 */
export const copyScopeFromGuaranteedCase: CollectionBeforeValidateHook<Guarantee> = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const caseId = idOf(data.case ?? originalDoc?.case)
  if (caseId === undefined) return data
  const theCase = await req.payload.findByID({
    collection: SLUGS.cases,
    id: caseId,
    depth: 0,
    select: { title: true, branch: true, assignedFirm: true },
    overrideAccess: !req.user,
    user: req.user ?? undefined,
    req,
  })
  const kind = data.kind ?? originalDoc?.kind
  const kindLabel = GUARANTEE_KIND_OPTIONS.find((o) => o.value === kind)?.label ?? kind
  return { ...data, branch: idOf(theCase.branch), assignedFirm: idOf(theCase.assignedFirm) ?? null, title: `${kindLabel} · ${theCase.title ?? caseId}` }
}
