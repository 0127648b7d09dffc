import type { CollectionAfterChangeHook, FlattenedField } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Case, Notification, Request } from '@/payload-types'
import { idOf } from '@/utilities/idOf'

type Scope = { branch: number | null; clave: string | null; firm: number | null }

const numericId = (value: unknown): number | null => {
  const id = idOf(value)
  return id === undefined ? null : Number(id)
}

/** Ids of the documents a record holds, in any (possibly nested) upload or relationship field. */
const attachedDocumentIds = (fields: FlattenedField[], value: Record<string, unknown> | undefined): (number | string)[] =>
  fields.flatMap((field) => {
    const v = value?.[field.name]
    if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === SLUGS.documents) {
      return (Array.isArray(v) ? v : [v]).map(idOf).filter((id): id is number | string => id !== undefined)
    }
    if (field.type === 'group' || field.type === 'tab') {
      return attachedDocumentIds(field.flattenedFields, v as Record<string, unknown> | undefined)
    }
    return []
  })

const same = (a: unknown, b: unknown) => String(idOf(a) ?? '') === String(idOf(b) ?? '')

/**
 * A document is read by whoever may read what it is attached to. After a request, case
 * or notification is saved, its attached documents take its branch, clave and firm (a case re-assigned
 * to another firm takes its documents along). Written as the system, one at a time, only when they differ.
 */
export const stampDocumentScope: CollectionAfterChangeHook<Case | Notification | Request> = async ({ collection, doc, req }) => {
  // The attachment fields differ per collection: walk the document by its field config.
  const ids = [...new Set(attachedDocumentIds(collection.flattenedFields, doc as unknown as Record<string, unknown>).map(String))]
  if (ids.length === 0) return doc
  const scope: Scope = {
    branch: numericId(doc.branch),
    clave: 'clave' in doc && typeof doc.clave === 'string' ? doc.clave : null,
    firm: 'assignedFirm' in doc ? numericId(doc.assignedFirm) : null,
  }
  const { docs } = await req.payload.find({
    collection: SLUGS.documents,
    where: { id: { in: ids } },
    select: { branch: true, clave: true, firm: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const document of docs) {
    if (same(document.branch, scope.branch) && same(document.clave, scope.clave) && same(document.firm, scope.firm)) continue
    await req.payload.update({ collection: SLUGS.documents, id: document.id, data: scope, depth: 0, overrideAccess: true, req })
  }
  return doc
}
