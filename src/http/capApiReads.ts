import type { Plugin } from 'payload'

import { capReadLimits } from '../../hooks/capReadLimits'

/**
 * Puts capReadLimits first in every collection of the config, so a collection added later is
 * covered without anyone remembering it (one place instead of a line per collection).
 */
export const capApiReads: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [capReadLimits, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
