import type { CollectionAfterReadHook } from 'payload'

import type { IndicatorSnapshot } from '@/payload-types'
import { userScope } from '@/rules/access/userScope'
import { figuresOfBranch, type SnapshotFigures } from '@/rules/indicators'

/**
 * §7.2.2: a branch manager or professional reviews its own branch: the rows of other branches are
 * taken out of every table of the snapshot it reads (REST, GraphQL, Local API, the view and the Excel).
 */
export const keepOwnBranchFigures: CollectionAfterReadHook<IndicatorSnapshot> = ({ doc, req }) => {
  const scope = userScope(req.user)
  if (scope === 'all' || scope === 'none' || scope.key !== 'branch') return doc
  const branch = scope.values[0] === undefined ? null : Number(scope.values[0])
  return figuresOfBranch(doc as unknown as Partial<SnapshotFigures>, branch) as unknown as IndicatorSnapshot
}
