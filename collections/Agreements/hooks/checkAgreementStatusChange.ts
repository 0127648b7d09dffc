import type { CollectionBeforeChangeHook } from 'payload'

import { statusMoveOf } from '../../../src/agreements/agreementSave'
import type { Agreement } from '../../../src/payload-types'
import { GRANTED_TERMS, assertAgreementStatusChange } from '../../../src/rules/agreements/statusTransition'
import { enforceRule } from '../../../src/utilities/enforceRule'
import { idOf } from '../../../src/utilities/idOf'

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
