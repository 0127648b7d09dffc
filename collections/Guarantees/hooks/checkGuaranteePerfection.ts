import type { CollectionBeforeChangeHook } from 'payload'

import { mergedGuarantee } from '@/agreements/guaranteeFacts'
import type { Guarantee } from '@/payload-types'
import { assertPerfectionRecorded } from '@/rules/guarantees/perfection'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

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
