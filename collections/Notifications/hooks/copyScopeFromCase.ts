import type { CollectionBeforeValidateHook } from 'payload'

import { caseScopeForUser } from '@/cases/caseScopeForUser'
import { NOTIFIABLE_ACT_OPTIONS } from '@/rules/cases/notificationDates'
import { idOf } from '@/utilities/idOf'

/**
 * A notification takes its case's branch and firm (so read access is a plain Where) and a title.
 * The case is read as the acting user: nobody records a notification on a case they cannot see.
 */
export const copyScopeFromCase: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const caseId = idOf(data.case) ?? idOf(originalDoc?.case)
  if (caseId === undefined) return data
  const { title, branch, assignedFirm } = await caseScopeForUser(req, caseId)
  const act = data.act ?? originalDoc?.act
  const actLabel = NOTIFIABLE_ACT_OPTIONS.find((o) => o.value === act)?.label ?? act
  return { ...data, branch, assignedFirm, title: `${actLabel} · ${title}` }
}
