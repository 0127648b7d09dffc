import type { Field } from 'payload'

import { serverManaged } from './serverManaged'

/**
 * A value the hooks compute from the facts: shown read-only in the admin, and whatever a client
 * sends for it is dropped before the hooks run (field access is applied in Payload's field
 * beforeValidate pass, so the hooks' own writes afterwards are kept).
 */
export const computed = (field: Field): Field =>
  ({
    ...field,
    access: { ...(field as { access?: object }).access, ...serverManaged },
    admin: { ...(field as { admin?: object }).admin, readOnly: true },
  }) as Field
