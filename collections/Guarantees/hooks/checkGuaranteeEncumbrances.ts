import type { CollectionBeforeChangeHook } from 'payload'

import { loadGuaranteedCase, mergedGuarantee } from '@/agreements/guaranteeFacts'
import type { Guarantee } from '@/payload-types'
import { assertEncumbrancesHandled } from '@/rules/guarantees/encumbrances'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/** R-GAR-07: another creditor's lien is disclosed and informed; goods embargoed by the company are replaced only by as much. */
export const checkGuaranteeEncumbrances: CollectionBeforeChangeHook<Guarantee> = async ({ data, originalDoc, req }) => {
  const g = mergedGuarantee(data, originalDoc)
  const { embargoedValue } = await loadGuaranteedCase(req, idOf(g.case)!)
  enforceRule(() => assertEncumbrancesHandled({ ...g.encumbrance, embargoedValue, value: g.value ?? 0 }))
  return data
}
