import { idOf } from '../../src/utilities/idOf'

/** Fields that decide what a user may see: only an administrator sets them. */
export const PRIVILEGE_FIELDS = ['role', 'branch', 'claves', 'nit', 'firmName'] as const

const normalize = (field: string, value: unknown): string => {
  if (field === 'branch') return String(idOf(value) ?? '')
  if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort())
  return value === null || value === undefined ? '' : String(value)
}

/** Names of privilege fields whose incoming value differs from the stored one. */
export const findPrivilegeChanges = (
  current: Record<string, unknown>,
  incoming: Record<string, unknown>,
): string[] =>
  PRIVILEGE_FIELDS.filter(
    (field) => field in incoming && normalize(field, incoming[field]) !== normalize(field, current[field]),
  )
