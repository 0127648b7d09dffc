import type { CollectionBeforeChangeHook } from 'payload'

import { mergedGuarantee } from '../../../src/guarantees/guaranteeFacts'
import type { Guarantee } from '../../../src/payload-types'
import { assertPerfectionRecorded } from '../../../src/rules/guarantees/perfection'
import { enforceRule } from '../../../src/utilities/enforceRule'
import { todayFor } from '../../../src/utilities/todayFor'

/** R-GAR-03 / R-GAR-06: a guarantee marked perfected carries the (past) date; goods were inspected first. */
export const checkGuaranteePerfection: CollectionBeforeChangeHook<Guarantee> = ({ data, originalDoc, req }) => {
  const g = mergedGuarantee(data, originalDoc)
  enforceRule(() =>
    assertPerfectionRecorded({
      kind: g.kind!,
      status: g.status ?? 'PROPUESTA',
      perfectedOn: g.perfectedOn,
      inspectedOn: g.inspection?.inspectedOn,
      today: todayFor(req),
    }),
  )
  return data
}
