/**
 * Local API options that act as `user` under its own access (overrideAccess: false), as of the
 * legal date `asOf` when given (the case hooks read it from `context.asOf` instead of today).
 */
export const asUser = (user: unknown, asOf?: string) =>
  ({ overrideAccess: false, user: user as never, depth: 0, ...(asOf ? { context: { asOf } } : {}) }) as const
