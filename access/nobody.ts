import type { Access } from 'payload'

/** Written only by hooks with `overrideAccess`; no user, not even an administrator, may do it. */
export const nobody: Access = () => false
