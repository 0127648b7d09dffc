import type { CollectionBeforeChangeHook } from 'payload'

import { day, mergeCaseData } from '../../../src/cases/mergeCaseData'
import { favourableExceptionOutcome, type ExceptionRecord } from '../../../src/rules/cases/exceptionDecisions'
import { enforceRule } from '../../../src/utilities/enforceRule'

type Doc = Record<string, any>

const records = (rows: Doc[] | undefined): ExceptionRecord[] =>
  (rows ?? []).map((e) => ({ id: e.id ?? null, ground: e.ground, filedOn: day(e.filedOn), decidedOn: day(e.decidedOn), decision: e.decision ?? null }))

/**
 * R-COB-12 / R-COB-15: exceptions declared proven end the proceeding. The case moves to
 * TERMINADO with the cause "decided for the debtor"; the stage rules then check who may issue
 * that order (R-ROL-05), `stampCaseAuthors` lifts the measures and `recordCaseEvents` files it.
 */
export const endCaseOnUpheldExceptions: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !Array.isArray(data.exceptions)) return data
  const c = mergeCaseData(data, originalDoc)
  const outcome = enforceRule(() =>
    favourableExceptionOutcome({ exceptions: records(c.exceptions), previous: records(originalDoc?.exceptions) }),
  )
  if (!outcome || c.stage === 'TERMINADO') return data
  data.stage = 'TERMINADO'
  data.subState = 'ARCHIVADO'
  data.closure = { ...c.closure, terminationCause: outcome.terminationCause }
  return data
}
