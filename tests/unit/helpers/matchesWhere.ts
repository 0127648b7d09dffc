import type { Where } from 'payload'

/**
 * A Payload `Where` applied to one plain document, for the operators access and picker filters
 * use (and, or, equals, not_equals, in): lets a unit test check a filter against the rule it mirrors.
 */
export const matchesWhere = (doc: Record<string, unknown>, where: Where): boolean =>
  Object.entries(where).every(([key, condition]) => {
    if (key === 'and') return (condition as Where[]).every((w) => matchesWhere(doc, w))
    if (key === 'or') return (condition as Where[]).some((w) => matchesWhere(doc, w))
    const value = doc[key]
    return Object.entries(condition as Record<string, unknown>).every(([operator, operand]) => {
      if (operator === 'equals') return String(value) === String(operand)
      if (operator === 'not_equals') return String(value) !== String(operand)
      if (operator === 'in') return (operand as unknown[]).some((o) => String(o) === String(value))
      throw new Error(`matchesWhere: operador no soportado ${operator}`)
    })
  })
