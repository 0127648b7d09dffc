import type { CollectionBeforeChangeHook } from 'payload'

import { loadGuaranteedCase, mergedGuarantee } from '@/agreements/guaranteeFacts'
import type { Guarantee } from '@/payload-types'
import { assertAdmissibleKind } from '@/rules/guarantees/kinds'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/** R-GAR-04 / R-GAR-05: only admissible guarantees; an inadmissible one is refused with its reason. */
export const checkGuaranteeKind: CollectionBeforeChangeHook<Guarantee> = async ({ data, originalDoc, req }) => {
  const g = mergedGuarantee(data, originalDoc)
  const { debtorIsLegalPerson } = await loadGuaranteedCase(req, idOf(g.case)!)
  enforceRule(() =>
    assertAdmissibleKind({ kind: g.kind!, mortgageDegree: g.mortgageDegree, debtorIsLegalPerson, guarantorOwnHome: g.guarantorOwnHome }),
  )
  return data
}
