import type { CollectionBeforeChangeHook } from 'payload'

import { statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { GRANTED_TERMS, assertAgreementStatusChange } from '@/rules/agreements/statusTransition'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/** Relationships compare by id, arrays by their rows' values (not their row ids). */
const comparable = (value: unknown): string =>
  JSON.stringify(Array.isArray(value) ? value.map((row: Record<string, unknown>) => [row.period, row.concept, row.capital]) : (idOf(value) ?? value ?? null))

/** R-AGR-06…12: the status walks only the agreement's own path; a granted agreement keeps its terms. */
export const checkAgreementStatusChange: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc }) => {
  const { from, to } = statusMoveOf(data, originalDoc)
  const changedTerms = originalDoc
    ? GRANTED_TERMS.filter((field) => field in data && comparable(data[field]) !== comparable(originalDoc[field]))
    : []
  enforceRule(() => assertAgreementStatusChange({ from, to, changedTerms: [...changedTerms] }))
  return data
}
