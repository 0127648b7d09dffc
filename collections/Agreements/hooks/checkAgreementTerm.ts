import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '../../../src/agreements/agreementFacts'
import { isBeingDecided, mergeAgreementData, statusMoveOf } from '../../../src/agreements/agreementSave'
import type { Agreement } from '../../../src/payload-types'
import { assertTermAllowed } from '../../../src/rules/agreements/maximumTerm'
import { smmlvOn } from '../../../src/rules/cases/coactiveEligibility'
import { STAGES } from '../../../src/rules/cases/stages'
import { enforceRule } from '../../../src/utilities/enforceRule'
import { todayFor } from '../../../src/utilities/todayFor'

/** R-AGR-05: the term within the capital's SMMLV band (the SMMLV of the year in force, from the settings). */
export const checkAgreementTerm: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  if (!isBeingDecided(statusMoveOf(data, originalDoc).from)) return data
  const { settings, workingStage } = agreementFactsOf(req, originalDoc?.id)
  const a = mergeAgreementData(data, originalDoc)
  enforceRule(() =>
    assertTermAllowed({
      capital: a.capital ?? 0,
      smmlv: smmlvOn(todayFor(req), settings.minimumWages),
      coactive: workingStage === STAGES.coactive,
      termMonths: a.termMonths ?? 0,
    }),
  )
  return data
}
