import type { Where } from 'payload'

/** Every field path a Payload `Where` constrains, through its `and`/`or` nesting. */
export const fieldsOfWhere = (where: Where): string[] =>
  Object.entries(where).flatMap(([key, value]) => {
    if (value === undefined) return []
    if (key === 'and' || key === 'or') return (value as Where[]).flatMap(fieldsOfWhere)
    return [key]
  })
