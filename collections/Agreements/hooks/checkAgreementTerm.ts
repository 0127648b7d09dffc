import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isBeingDecided, mergeAgreementData, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { assertTermAllowed } from '@/rules/agreements/maximumTerm'
import { smmlvOn } from '@/rules/cases/coactiveEligibility'
import { STAGES } from '@/rules/cases/stages'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

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
