const ISO_DAY = /^\d{4}-\d{2}-\d{2}(T|$)/

/**
 * One comparable form for a stored value and what a client sends: a relationship as its id, a
 * date as its day, numbers as text, empty values as null, object keys in order.
 */
const comparable = (value: unknown, topLevel: boolean): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.map((item) => comparable(item, false))
  if (typeof value === 'object') {
    // A populated relationship: only its id matters. Array rows keep their content.
    if (topLevel && 'id' in value) return String((value as { id: unknown }).id)
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, item]) => [key, comparable(item, false)] as const)
        .filter(([, item]) => item !== null)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    )
  }
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string' && ISO_DAY.test(value)) return value.slice(0, 10)
  return value
}

/**
 * Which of `fields` a write would change: those present in `incoming` whose value differs from
 * `current` (the defaults for a new record). A form that sends a value back unchanged changes nothing.
 */
export const changedFields = (
  current: Record<string, unknown>,
  incoming: Record<string, unknown>,
  fields: readonly string[],
): string[] =>
  fields.filter(
    (field) =>
      field in incoming && JSON.stringify(comparable(incoming[field], true)) !== JSON.stringify(comparable(current[field], true)),
  )
