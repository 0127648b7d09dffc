import type { Case } from '@/payload-types'

const GROUPS = ['defaultNotice', 'lcd', 'followUp', 'checklist', 'paymentOrder', 'auction', 'closure', 'pausedAt'] as const
type Group = (typeof GROUPS)[number]

/** A case as its beforeChange hooks read it: every group present, fields as stored or as sent. */
export type MergedCase = Omit<Partial<Case>, Group> & { [G in Group]: NonNullable<Case[G]> }

/**
 * In a collection beforeChange hook, `data` holds only what the request sent (Payload merges the
 * rest field by field afterwards). Rules need the whole case: the stored document with the
 * request's values on top, groups merged one level deep.
 */
export const mergeCaseData = (data: Partial<Case>, originalDoc: Case | undefined): MergedCase => {
  const merged: Partial<Case> = { ...(originalDoc ?? {}), ...data }
  for (const group of GROUPS) Object.assign(merged, { [group]: { ...(originalDoc?.[group] ?? {}), ...(data[group] ?? {}) } })
  return merged as MergedCase
}
