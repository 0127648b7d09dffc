import type { CollectionBeforeChangeHook } from 'payload'

import { actingRole } from '@/cases/actingRole'
import { caseFactsOf } from '@/cases/caseFacts'
import type { Case } from '@/payload-types'
import { assertCaseOpening } from '@/rules/cases/caseOpening'
import { assertMayActBeforeCoactive } from '@/rules/cases/competence'
import { enforceRule } from '@/utilities/enforceRule'

/** R-COB-01 / R-COB-09 / R-ROL-01: a case opens in persuasive collection, never against an insolvent debtor, by pre-coactive staff. */
export const checkCaseOpening: CollectionBeforeChangeHook<Case> = ({ data, operation, req }) => {
  if (operation !== 'create' || req.context.deadlinesOnly) return data
  const { debtor } = caseFactsOf(req, undefined)
  const role = actingRole(req)
  enforceRule(() => {
    assertCaseOpening({ stage: data.stage, subState: data.subState, debtorInsolvent: debtor.insolvent })
    if (role !== null) assertMayActBeforeCoactive(role)
  })
  return data
}
