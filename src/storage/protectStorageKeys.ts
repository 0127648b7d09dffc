import type { Field, Plugin } from 'payload'

import { serverManaged } from '@/fields/serverManaged'

const STORAGE_KEYS = new Set(['prefix', '_objectKey'])

/**
 * The storage plugin's `prefix` and `_objectKey` fields name where a document's file is in the
 * bucket, and the download reads the object they name. The plugin only hides them in the admin:
 * through the API a user who may edit one document could point it at another's file. Here they
 * become server-managed (a client's value is dropped); the plugin's own hooks still set them.
 * Runs after the storage plugin, which adds the fields.
 */
export const protectStorageKeys: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.upload
      ? {
          ...collection,
          fields: collection.fields.map((field: Field) =>
            'name' in field && STORAGE_KEYS.has(field.name) ? ({ ...field, access: { ...serverManaged } } as Field) : field,
          ),
        }
      : collection,
  ),
})
