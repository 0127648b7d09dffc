import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Guarantee } from '@/payload-types'
import { assertSubstitutionAllowed } from '@/rules/guarantees/substitution'
import { RuleViolation } from '@/rules/ruleViolation'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import { todayFor } from '@/utilities/todayFor'

/**
 * R-GAR-08: a guarantee that replaces another is created by the collections coordinator, for a
 * recorded reason, worth at least as much, on the same case; who and when are stamped here. The
 * trail is written once: an update keeps it as stored.
 */
export const checkGuaranteeSubstitution: CollectionBeforeChangeHook<Guarantee> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update') return { ...data, substitution: originalDoc?.substitution }
  const previousId = idOf(data.substitution?.previous)
  if (previousId === undefined) return { ...data, substitution: {} }
  const previous = await req.payload.findByID({
    collection: SLUGS.guarantees,
    id: previousId,
    depth: 0,
    select: { status: true, value: true, case: true },
    overrideAccess: true,
    req,
  })
  enforceRule(() => {
    if (idOf(previous.case) !== idOf(data.case)) {
      throw new RuleViolation('R-GAR-08', 'La garantía sustituta debe respaldar el mismo expediente que la reemplazada.', 400, { path: 'substitution.previous' })
    }
    assertSubstitutionAllowed({
      role: req.user?.role,
      reason: data.substitution?.reason,
      previousStatus: previous.status ?? 'PROPUESTA',
      previousValue: previous.value ?? 0,
      value: data.value ?? 0,
    })
  })
  return { ...data, substitution: { ...data.substitution, by: req.user?.id, on: todayFor(req) } }
}
