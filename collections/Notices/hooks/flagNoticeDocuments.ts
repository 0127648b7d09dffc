import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Where } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Notice } from '@/payload-types'
import { PUBLISHED } from '@/rules/access/publishedNotices'
import { idOf } from '@/utilities/idOf'

type Args = Parameters<CollectionAfterChangeHook<Notice>>[0] | Parameters<CollectionAfterDeleteHook<Notice>>[0]

/**
 * Issue 11: a document is public while a published notice carries it, and editors read the acts
 * of every notice (access/documentsInUserScope.ts). After a notice changes or goes, the flags of
 * the documents it held and holds are recounted from the stored notices, as the system.
 */
export const flagNoticeDocuments = async (args: Args) => {
  const { doc, req } = args
  const previous = 'previousDoc' in args ? args.previousDoc : undefined
  const ids = [...new Set([idOf(doc.document), idOf(previous?.document)].filter((id) => id !== undefined && id !== null))]
  for (const id of ids) {
    const count = async (extra: Where[]) =>
      (await req.payload.count({ collection: SLUGS.notices, where: { and: [{ document: { equals: id } }, ...extra] }, overrideAccess: true, req })).totalDocs > 0
    const flags = { onNotice: await count([]), onPublishedNotice: await count([PUBLISHED]) }
    const stored = await req.payload.findByID({ collection: SLUGS.documents, id: id!, depth: 0, select: { onNotice: true, onPublishedNotice: true }, overrideAccess: true, req })
    if (Boolean(stored.onNotice) === flags.onNotice && Boolean(stored.onPublishedNotice) === flags.onPublishedNotice) continue
    await req.payload.update({ collection: SLUGS.documents, id: id!, data: flags, depth: 0, overrideAccess: true, req })
  }
  return doc
}
