import type { Field } from 'payload'

/** A field a hook sets (copied from another record or stamped from the acting user): shown, never typed. */
export const serverManaged = (field: Field): Field =>
  ({ ...field, admin: { ...(field as { admin?: object }).admin, readOnly: true } }) as Field
