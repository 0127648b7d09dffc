import type { TypeWithID } from 'payload'

/** Fields never copied into the audit trail: bookkeeping or secrets. */
const IGNORED_FIELDS = new Set([
  'updatedAt',
  'createdAt',
  'hash',
  'salt',
  'password',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  'sessions',
  '_verificationToken',
])

export type FieldChange = { field: string; from: unknown; to: unknown }

/** Relationships compare by id, so a populated and an unpopulated copy of a document are equal. */
const comparable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object') {
    if ('id' in value && Object.keys(value).length > 2) return (value as { id: unknown }).id
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !IGNORED_FIELDS.has(key))
        .map(([key, inner]) => [key, comparable(inner)]),
    )
  }
  return value ?? null
}

/** Any business document: the audit compares its fields by name, whatever the collection. */
export type AuditedDocument = TypeWithID & Record<string, unknown>

/** Top-level fields that differ between two versions of a document (either may be empty). */
export const diffDocuments = (
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChange[] => {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: FieldChange[] = []
  for (const field of fields) {
    if (IGNORED_FIELDS.has(field) || field === 'id') continue
    const from = comparable(before?.[field])
    const to = comparable(after?.[field])
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to })
  }
  return changes
}
