/**
 * The id a beforeOperation hook's write targets, or `undefined` for a bulk write by `where`.
 * Payload 3.90 runs these hooks with operation 'update'/'delete' for updateByID/deleteByID too, but
 * types `args` as the bulk operation's (no `id`), so the id is read here, where that is known.
 */
export const targetIdOf = (args: object): number | string | undefined =>
  'id' in args && (typeof args.id === 'number' || typeof args.id === 'string') ? args.id : undefined
