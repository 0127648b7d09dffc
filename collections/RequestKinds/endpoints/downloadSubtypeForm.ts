import { APIError, type PayloadHandler } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { downloadHeaders } from '@/documents/downloadHeaders'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import { readStoredFile } from '@/storage/storedFile'
import { idOf } from '@/utilities/idOf'

const Input = z.object({
  id: z.coerce.number({ error: 'El id del tipo de solicitud debe ser un número.' }).int().positive(),
  subtype: z.string({ error: 'Indique el subtipo (?subtype=DEVOLUCION_PRIMAS).' }).trim().min(1, 'Indique el subtipo (?subtype=DEVOLUCION_PRIMAS).'),
})

/**
 * GET /api/request-kinds/:id/form?subtype=DEVOLUCION_PRIMAS — the form an administrator attached to a
 * subtype (e.g. the bank-account registration form of Devolución de primas), for whoever may read
 * that request kind. Documents are otherwise private to their uploader; this serves only catalogue forms.
 */
export const downloadSubtypeForm: PayloadHandler = async (req) => {
  const { id, subtype } = parseInput(Input, { ...(req.routeParams ?? {}), subtype: (req.query as { subtype?: unknown })?.subtype })
  await requireAccess(req, { collection: SLUGS.requestKinds, operation: 'read', id })
  const kind = await req.payload.findByID({ collection: SLUGS.requestKinds, id, depth: 0, overrideAccess: true, disableErrors: true, req })
  const formId = idOf(kind?.subtypes?.find((s) => s.code === subtype && s.active !== false)?.form)
  if (!kind || formId === undefined) {
    throw new APIError(`El subtipo ${subtype} no tiene formulario para descargar.`, 404, undefined, true)
  }
  const doc = await req.payload.findByID({ collection: SLUGS.documents, id: formId, depth: 0, overrideAccess: true, req })
  const bytes = await readStoredFile(req, SLUGS.documents, doc)
  return new Response(new Uint8Array(bytes), {
    headers: downloadHeaders({ mimeType: doc.mimeType ?? 'application/octet-stream', filename: doc.filename!, size: bytes.length }),
  })
}
