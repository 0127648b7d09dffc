import type { CollectionBeforeChangeHook } from 'payload'

import type { IndicatorSnapshot } from '@/payload-types'
import { SNAPSHOT_STATUS } from '@/rules/indicators/snapshotStatus'

/** 001 §7.2.1 item 3: who published the month's indicators, and when. */
export const stampSnapshotPublication: CollectionBeforeChangeHook<IndicatorSnapshot> = ({ data, originalDoc, req }) => {
  const publishing = data.status === SNAPSHOT_STATUS.values.published && originalDoc?.status !== SNAPSHOT_STATUS.values.published
  if (!publishing) return data
  return { ...data, publishedAt: new Date().toISOString(), publishedBy: req.user?.id ?? null }
}
