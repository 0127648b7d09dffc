import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isBeingDecided, mergeAgreementData, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { assertMeasuresMayBeLifted } from '@/rules/agreements/measures'
import { RuleViolation } from '@/rules/ruleViolation'
import { enforceRule } from '@/utilities/enforceRule'

const same = (a: readonly string[] | null | undefined, b: readonly string[] | null | undefined) => JSON.stringify(a ?? []) === JSON.stringify(b ?? [])

/**
 * R-AGR-14: the measures chosen to lift when the agreement is granted are the case's, in force, and
 * not on the goods given as guarantee; once granted, the choice is history and does not change.
 */
export const checkMeasuresToLift: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  const { from } = statusMoveOf(data, originalDoc)
  if (!isBeingDecided(from)) {
    if ('measuresToLift' in data && !same(data.measuresToLift, originalDoc?.measuresToLift)) {
      enforceRule(() => {
        throw new RuleViolation('R-AGR-14', 'Las medidas se levantan al conceder el acuerdo; después no se cambia esa decisión.', 409, { path: 'measuresToLift' })
      })
    }
    return data
  }
  const { theCase, guarantees } = agreementFactsOf(req, originalDoc?.id)
  const a = mergeAgreementData(data, originalDoc)
  enforceRule(() =>
    assertMeasuresMayBeLifted({
      measures: (theCase.measures ?? []).map((m) => ({ id: String(m.id), kind: m.kind, description: m.description, liftedOn: m.liftedOn })),
      toLift: a.measuresToLift ?? [],
      guarantees: guarantees.map((g) => ({
        id: g.id,
        goodsAlreadyEmbargoed: g.encumbrance?.goodsAlreadyEmbargoed,
        embargoedMeasure: g.encumbrance?.embargoedMeasure,
      })),
    }),
  )
  return data
}
