import { s3Storage } from '@payloadcms/storage-s3'

import { objectStorage, UPLOAD_PREFIXES } from './objectStorage'

/**
 * Payload's S3 storage for every upload collection, on when S3_BUCKET is set (src/storage/objectStorage.ts).
 * Files stay private: no ACL (the bucket's default, private), no signed or direct URLs, and
 * `disablePayloadAccessControl` left off, so every download goes through
 * GET /api/<collection>/file/<name> and the collection's read access first.
 * `alwaysInsertFields` keeps the `prefix` and `_objectKey` columns in the schema with the plugin off,
 * so local disk and object storage run on the same migrations.
 */
export const uploadStorage = s3Storage({
  enabled: objectStorage !== null,
  alwaysInsertFields: true,
  bucket: objectStorage?.bucket ?? 'almacenamiento-local',
  config: objectStorage?.client ?? {},
  collections: {
    documents: { prefix: UPLOAD_PREFIXES.documents },
    'portfolio-imports': { prefix: UPLOAD_PREFIXES['portfolio-imports'] },
  },
})
