import { idOf } from '@/utilities/idOf'

/** Keys of a write that are not stored values to compare (the password has its own rules). */
const NOT_COMPARED = new Set(['id', 'createdAt', 'updatedAt', 'password', 'currentPassword', 'confirm-password'])

const normalize = (field: string, value: unknown): string => {
  if (field === 'branch') return String(idOf(value) ?? '')
  if (Array.isArray(value)) return value.length === 0 ? '' : JSON.stringify([...value].map(String).sort())
  if (field === 'email' && typeof value === 'string') return value.trim().toLowerCase()
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Names of the user's fields whose incoming value differs from the stored one. Only real fields
 * count (`fieldNames`): the admin form sends every field, changed or not.
 */
export const findChangedFields = (current: object, incoming: object, fieldNames: ReadonlySet<string>): string[] => {
  const stored = new Map<string, unknown>(Object.entries(current))
  return Object.entries(incoming)
    .filter(([field, value]) => fieldNames.has(field) && !NOT_COMPARED.has(field) && normalize(field, value) !== normalize(field, stored.get(field)))
    .map(([field]) => field)
}
