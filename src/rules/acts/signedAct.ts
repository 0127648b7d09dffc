import { RuleViolation } from '@/rules/ruleViolation'

export const ACT_STATUSES = { draft: 'BORRADOR', signed: 'FIRMADO' } as const

export type ActStatus = (typeof ACT_STATUSES)[keyof typeof ACT_STATUSES]

/**
 * What may still change on a signed act's document: only the scope it is read in (branch, clave,
 * firm follow the case it is attached to; `onNotice` / `onPublishedNotice` follow the notices that
 * carry it) and Payload's own timestamps.
 */
export const SIGNED_ACT_MUTABLE_FIELDS = ['branch', 'clave', 'firm', 'onNotice', 'onPublishedNotice', 'updatedAt', 'createdAt', 'id'] as const

/** R-COB-17: a signed act is frozen in the case file; a correction is a new act, not an edit. */
export function assertSignedActUnchanged(input: { status: string | null | undefined; changedFields: string[] }): void {
  if (input.status !== ACT_STATUSES.signed) return
  const changed = input.changedFields.filter((f) => !(SIGNED_ACT_MUTABLE_FIELDS as readonly string[]).includes(f))
  if (changed.length > 0) {
    throw new RuleViolation('R-COB-17', 'El acto ya está firmado y forma parte del expediente: no se modifica. Expida un acto nuevo si debe corregirse.', 409)
  }
}

/** R-COB-17: a signed act is never removed from the case file. */
export function assertSignedActKept(status: string | null | undefined): void {
  if (status === ACT_STATUSES.signed) {
    throw new RuleViolation('R-COB-17', 'El acto firmado forma parte del expediente y no se elimina.', 409)
  }
}

/** Only a draft is signed, and only once. */
export function assertActIsDraft(status: string | null | undefined): void {
  if (status !== ACT_STATUSES.draft) {
    throw new RuleViolation('R-COB-17', 'Solo se firma un acto en borrador; este ya está firmado o no es un acto generado.', 409)
  }
}
