import type { CollectionAfterChangeHook } from 'payload'

import { type AuditedDocument, diffDocuments } from '@/audit/diffDocuments'
import { SLUGS } from '@/constants/slugs'

/**
 * Every create and update of a business document leaves who, when, which document and what
 * changed. Written in the same transaction (`req`), so a rolled-back change leaves no trace.
 */
export const recordChangeInAudit: CollectionAfterChangeHook<AuditedDocument> = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context.skipAudit) return doc
  // Join fields (a user's e-mails, say) are read from other collections, never stored here.
  const joins = new Set(collection.flattenedFields.filter((f) => f.type === 'join').map((f) => f.name))
  const changes = diffDocuments(operation === 'create' ? {} : previousDoc, doc).filter((c) => !joins.has(c.field))
  if (changes.length === 0) return doc
  await req.payload.create({
    collection: SLUGS.auditLogs,
    data: {
      collectionSlug: collection.slug,
      documentId: String(doc.id),
      operation,
      user: req.user?.id ?? null,
      userEmail: req.user?.email ?? null,
      changes,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return doc
}
