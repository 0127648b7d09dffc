import type { CollectionBeforeChangeHook } from 'payload'

/** One name to list and search by, whether the party is a person or a company. */
export const composeDisplayName: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const personName = [merged.firstName, merged.lastName].filter(Boolean).join(' ').trim()
  data.displayName = (merged.businessName || personName || merged.idNumber || '').trim()
  return data
}
