import type { CollectionAfterDeleteHook } from 'payload'

import { type AuditedDocument, diffDocuments } from '@/audit/diffDocuments'
import { SLUGS } from '@/constants/slugs'

/** A deleted document's last values stay in the audit trail. */
export const recordDeletionInAudit: CollectionAfterDeleteHook<AuditedDocument> = async ({ collection, doc, req }) => {
  if (req.context.skipAudit) return doc
  await req.payload.create({
    collection: SLUGS.auditLogs,
    data: {
      collectionSlug: collection.slug,
      documentId: String(doc.id),
      operation: 'delete',
      user: req.user?.id ?? null,
      userEmail: req.user?.email ?? null,
      changes: diffDocuments(doc, {}),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return doc
}
