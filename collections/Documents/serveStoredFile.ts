import { createReadStream } from 'fs'
import { stat } from 'fs/promises'
import path from 'path'
import { Readable } from 'stream'
import type { UploadConfig } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { downloadHeaders } from '@/documents/downloadHeaders'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const notFound = () => Response.json({ errors: [{ message: 'No se encontró el archivo.' }] }, { status: 404 })

/**
 * GET /api/documents/file/:filename once Payload has checked read access: streams the file with
 * the type stored when it was accepted (Payload's own handler re-guesses it from the bytes and
 * would serve an XML text as application/xml). Range requests get the whole file.
 */
export const serveStoredFile: UploadHandler = async (req, { params }) => {
  const { docs } = await req.payload.find({
    collection: SLUGS.documents,
    where: { filename: { equals: params.filename } },
    select: { filename: true, mimeType: true },
    limit: 1,
    depth: 0,
    // Access was checked by Payload before this handler (checkFileAccess); this only reads the type.
    overrideAccess: true,
    req,
  })
  const doc = docs[0]
  if (!doc?.filename || !doc.mimeType) return notFound()
  const dir = path.resolve(req.payload.collections[SLUGS.documents].config.upload.staticDir!)
  const filePath = path.resolve(dir, doc.filename)
  if (!filePath.startsWith(dir + path.sep)) return notFound()
  const size = await stat(filePath).then(
    (s) => s.size,
    () => null,
  )
  if (size === null) return notFound()
  const body = Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>
  return new Response(body, { status: 200, headers: downloadHeaders({ mimeType: doc.mimeType, filename: doc.filename, size }) })
}
