import type { CollectionBeforeChangeHook } from 'payload'

import type { Guarantee } from '@/payload-types'
import { checkGuaranteeAgreement } from './checkGuaranteeAgreement'
import { checkGuaranteeEncumbrances } from './checkGuaranteeEncumbrances'
import { checkGuaranteeKind } from './checkGuaranteeKind'
import { checkGuaranteePerfection } from './checkGuaranteePerfection'
import { checkGuaranteeSubstitution } from './checkGuaranteeSubstitution'
import { settleGuaranteeValue } from './settleGuaranteeValue'

declare module 'payload' {
  interface RequestContext {
    /** The system only changes a guarantee's status (marked SUSTITUIDA by its substitute): the offer is not judged again. */
    guaranteeStatusOnly?: boolean
  }
}

const unlessStatusOnly =
  (hook: CollectionBeforeChangeHook<Guarantee>): CollectionBeforeChangeHook<Guarantee> =>
  (args) =>
    args.req.context.guaranteeStatusOnly ? args.data : hook(args)

/**
 * The rules of a guarantee, in this order (the first refusal is the one reported): admissible kind
 * (R-GAR-04/05), value from a valid appraisal (R-GAR-06), perfection (R-GAR-03), liens and
 * embargoed goods (R-GAR-07), substitution (R-GAR-08), the agreement it backs is of its case. Skipped when the system only marks a status.
 */
export const enforceGuaranteeRules: CollectionBeforeChangeHook<Guarantee>[] = [
  checkGuaranteeKind,
  settleGuaranteeValue,
  checkGuaranteePerfection,
  checkGuaranteeEncumbrances,
  checkGuaranteeSubstitution,
  checkGuaranteeAgreement,
].map(unlessStatusOnly)
