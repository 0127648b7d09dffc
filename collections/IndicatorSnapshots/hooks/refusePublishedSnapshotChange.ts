import type { CollectionBeforeChangeHook } from 'payload'

import type { IndicatorSnapshot } from '@/payload-types'
import { assertSnapshotChangeable } from '@/rules/indicators/snapshotStatus'
import { enforceRule } from '@/utilities/enforceRule'

/** R-IND-01: a published snapshot is what branch managers reviewed; nothing of it changes. */
export const refusePublishedSnapshotChange: CollectionBeforeChangeHook<IndicatorSnapshot> = ({ operation, originalDoc, data }) => {
  if (operation === 'update') enforceRule(() => assertSnapshotChangeable(originalDoc?.status, 'update'))
  return data
}
