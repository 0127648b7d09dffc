import type { CollectionBeforeValidateHook } from 'payload'

import { caseScopeForUser } from '@/cases/caseScopeForUser'
import type { Guarantee } from '@/payload-types'
import { GUARANTEE_KIND_OPTIONS } from '@/rules/guarantees/kinds'
import { idOf } from '@/utilities/idOf'

/**
 * A guarantee takes its case's branch and firm (server-managed, so read access is a plain Where)
 * and a title; whatever a client sends for them is replaced. Nobody offers a guarantee on a case
 * they cannot see.
 */
export const copyScopeFromGuaranteedCase: CollectionBeforeValidateHook<Guarantee> = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const caseId = idOf(data.case ?? originalDoc?.case)
  if (caseId === undefined) return data
  const { title, branch, assignedFirm } = await caseScopeForUser(req, caseId)
  const kind = data.kind ?? originalDoc?.kind
  const kindLabel = GUARANTEE_KIND_OPTIONS.find((o) => o.value === kind)?.label ?? kind
  return { ...data, branch, assignedFirm, title: `${kindLabel} · ${title}` }
}
