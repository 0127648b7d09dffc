import type { UploadConfig } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { downloadHeaders } from '@/documents/downloadHeaders'
import { openStoredFile } from '@/storage/storedFile'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const notFound = () => Response.json({ errors: [{ message: 'No se encontró el archivo.' }] }, { status: 404 })

/**
 * GET /api/documents/file/:filename once Payload has checked read access: streams the file with
 * the type stored when it was accepted (Payload's own handler re-guesses it from the bytes and
 * would serve an XML text as application/xml). Range requests get the whole file. The file comes
 * from this server's disk or from the object storage all servers share (src/storage/storedFile.ts).
 */
export const serveStoredFile: UploadHandler = async (req, { params }) => {
  const { docs } = await req.payload.find({
    collection: SLUGS.documents,
    where: { filename: { equals: params.filename } },
    select: { filename: true, mimeType: true, prefix: true, _objectKey: true },
    limit: 1,
    depth: 0,
    // Access was checked by Payload before this handler (checkFileAccess); this only reads the type.
    overrideAccess: true,
    req,
  })
  const doc = docs[0]
  if (!doc?.filename || !doc.mimeType) return notFound()
  const file = await openStoredFile(req, SLUGS.documents, doc)
  if (!file) return notFound()
  return new Response(file.body, { status: 200, headers: downloadHeaders({ mimeType: doc.mimeType, filename: doc.filename, size: file.size }) })
}
