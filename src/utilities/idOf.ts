/** A relationship value is an id or, when populated, a document: return the id either way. */
export function idOf<I extends number | string>(value: I | { id: I } | null | undefined): I | undefined
export function idOf(value: unknown): number | string | undefined
export function idOf(value: unknown): number | string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}
