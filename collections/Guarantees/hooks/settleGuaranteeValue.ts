import type { CollectionBeforeChangeHook } from 'payload'

import { loadGuaranteedCase, mergedGuarantee } from '@/agreements/guaranteeFacts'
import type { Guarantee } from '@/payload-types'
import { appraisedValue } from '@/rules/guarantees/appraisal'
import { RuleViolation } from '@/rules/ruleViolation'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import { todayFor } from '@/utilities/todayFor'

/**
 * R-GAR-06: a guarantee on goods is worth its valid appraisal (or the vehicle magazine's or the
 * cadastral value where admitted), computed here; any other is worth the amount it secures (policy,
 * bank guarantee, surety), which must be given.
 */
export const settleGuaranteeValue: CollectionBeforeChangeHook<Guarantee> = async ({ data, originalDoc, req }) => {
  const g = mergedGuarantee(data, originalDoc)
  const { obligationTotal } = await loadGuaranteedCase(req, idOf(g.case)!)
  const value = enforceRule(() => {
    const appraised = appraisedValue({
      kind: g.kind!,
      goodsType: g.goodsType,
      ...g.appraisal,
      inspectedOn: g.inspection?.inspectedOn,
      obligationTotal,
      today: todayFor(req),
    })
    if (appraised !== undefined) return appraised
    if (!g.value) throw new RuleViolation('R-GAR-02', 'Indique el valor que respalda la garantía (monto asegurado o garantizado).', 400, { path: 'value' })
    return g.value
  })
  return { ...data, value }
}
