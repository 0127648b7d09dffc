import type { CollectionConfig, SanitizedConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'

/** Payload's jobs collection (`payload-jobs`): the sweep's reports and queue, administrators only. */
export const adminOnlyJobsCollection = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
  ...defaultJobsCollection,
  access: { ...defaultJobsCollection.access, read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
})

/**
 * Payload adds the `payload-jobs-stats` global while sanitizing the config (3.90 has no option
 * for its access), with "any logged-in user" access: a broker read it.
 * Applied to the built config so that every operation on it is for administrators only.
 */
export const adminOnlyJobStats = (config: SanitizedConfig): SanitizedConfig => {
  const stats = config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (stats) stats.access = { ...stats.access, read: isAdmin, update: isAdmin, readVersions: isAdmin }
  return config
}
