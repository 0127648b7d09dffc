import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { getStorageFilePath } from '@payloadcms/plugin-cloud-storage/utilities'
import { createReadStream } from 'fs'
import { readFile, stat } from 'fs/promises'
import path from 'path'
import type { PayloadRequest } from 'payload'
import { Readable } from 'stream'

import { objectStorage, UPLOAD_PREFIXES, type UploadCollection } from './objectStorage'

/** What locates a stored file: its name and, in object storage, the folder the plugin recorded. */
export type StoredFileDoc = { id: number | string; filename?: string | null; prefix?: string | null; _objectKey?: string | null }

export type OpenedFile = { body: ReadableStream<Uint8Array>; size: number }

let client: S3Client | undefined
const s3 = () => (client ??= new S3Client(objectStorage!.client))

/** The object's key as the S3 plugin wrote it (collection prefix, document prefix, `_objectKey`, name). */
const objectKey = (req: PayloadRequest, collection: UploadCollection, doc: StoredFileDoc & { filename: string }) =>
  getStorageFilePath({
    collection: req.payload.collections[collection].config,
    collectionPrefix: UPLOAD_PREFIXES[collection],
    doc: { id: doc.id, prefix: doc.prefix ?? undefined, _objectKey: doc._objectKey ?? undefined },
    filename: doc.filename,
    req,
  })

/** The file on this server's disk, inside the collection's staticDir (never outside it). */
const diskPath = (req: PayloadRequest, collection: UploadCollection, filename: string) => {
  const dir = path.resolve(req.payload.collections[collection].config.upload.staticDir!)
  const filePath = path.resolve(dir, filename)
  return filePath.startsWith(dir + path.sep) ? filePath : null
}

const isMissingObject = (error: unknown) =>
  typeof error === 'object' && error !== null && (('name' in error && (error.name === 'NoSuchKey' || error.name === 'NotFound')) || ('$metadata' in error && (error as { $metadata: { httpStatusCode?: number } }).$metadata.httpStatusCode === 404))

/**
 * The stored file of an upload document as a stream with its size, from the object storage when
 * S3_BUCKET is set and from the collection's directory otherwise; null when it is not there.
 * Every server-side read of an uploaded file goes through here (downloads, mail attachments, imports).
 * Access is the caller's business: it reads whatever document it is given.
 */
export const openStoredFile = async (req: PayloadRequest, collection: UploadCollection, doc: StoredFileDoc): Promise<OpenedFile | null> => {
  if (!doc.filename) return null
  if (objectStorage) {
    try {
      const object = await s3().send(new GetObjectCommand({ Bucket: objectStorage.bucket, Key: await objectKey(req, collection, { ...doc, filename: doc.filename }) }))
      if (!object.Body) return null
      return { body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: object.ContentLength ?? 0 }
    } catch (error) {
      if (isMissingObject(error)) return null
      throw error
    }
  }
  const filePath = diskPath(req, collection, doc.filename)
  if (!filePath) return null
  const size = await stat(filePath).then(
    (s) => s.size,
    () => null,
  )
  if (size === null) return null
  return { body: Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>, size }
}

/** The whole stored file in memory (an import to parse, a mail attachment); throws when it is missing. */
export const readStoredFile = async (req: PayloadRequest, collection: UploadCollection, doc: StoredFileDoc): Promise<Buffer> => {
  if (!objectStorage && doc.filename) {
    const filePath = diskPath(req, collection, doc.filename)
    if (filePath) return readFile(filePath)
  }
  const opened = await openStoredFile(req, collection, doc)
  if (!opened) throw new Error(`No se encontró el archivo ${doc.filename ?? ''} (${collection} ${doc.id}).`)
  return Buffer.from(await new Response(opened.body).arrayBuffer())
}
