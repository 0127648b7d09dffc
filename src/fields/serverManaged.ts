import type { FieldAccess } from 'payload'

/** Field access for values only the server's hooks set: whatever a client sends is dropped. */
export const serverManaged: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}
