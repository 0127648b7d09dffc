import type { CollectionBeforeChangeHook } from 'payload'

import { day } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { favourableExceptionOutcome, type ExceptionRecord } from '@/rules/cases/exceptionDecisions'
import { STAGES, firstSubStateOf } from '@/rules/cases/stages'
import { enforceRule } from '@/utilities/enforceRule'

const records = (rows: Case['exceptions']): ExceptionRecord[] =>
  (rows ?? []).map((e) => ({ id: e.id ?? null, ground: e.ground, filedOn: day(e.filedOn), decidedOn: day(e.decidedOn), decision: e.decision ?? null }))

/**
 * R-COB-12 / R-COB-15: exceptions declared proven end the proceeding. The case moves to
 * TERMINADO with the cause "decided for the debtor"; the stage rules then check who may issue
 * that order (R-ROL-05), `stampCaseAuthors` lifts the measures and `recordCaseEvents` files it.
 */
export const endCaseOnUpheldExceptions: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !Array.isArray(data.exceptions)) return data
  const c = mergeCaseData(data, originalDoc)
  const outcome = enforceRule(() =>
    favourableExceptionOutcome({ exceptions: records(c.exceptions), previous: records(originalDoc?.exceptions) }),
  )
  if (!outcome || c.stage === STAGES.terminated) return data
  data.stage = STAGES.terminated
  data.subState = firstSubStateOf(STAGES.terminated)
  data.closure = { ...c.closure, terminationCause: outcome.terminationCause }
  return data
}
