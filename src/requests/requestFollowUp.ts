import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Document, Request } from '@/payload-types'
import { REQUEST_STATUSES } from '@/rules/requests/requestStatus'
import { idOf } from '@/utilities/idOf'

const statusLabel = (value: string | null | undefined) =>
  value ? (REQUEST_STATUSES.find((s) => s.value === value)?.label ?? value) : null

export type FollowUpEvent =
  | { kind: 'status'; at: string; from: string | null; to: string; by: string | null }
  | { kind: 'comment'; at: string; text: string; by: string | null }

// In one save the comment is stamped before the status change (hook order): equal times keep that order.
const chronological = (a: FollowUpEvent, b: FollowUpEvent) =>
  a.at.localeCompare(b.at) || (a.kind === b.kind ? 0 : a.kind === 'comment' ? -1 : 1)

export type RequestFollowUp = {
  attachments: { id: number; filename: string; filesize: number | null; mimeType: string | null; url: string | null }[]
  events: FollowUpEvent[]
  commentCount: number
  lastCommentAt: string | null
}

/**
 * R-REQ-04/05/07: what happened to a request, for staff to read at a glance — its attachments
 * (name, size, link) and one timeline of status changes and comments, oldest first. Read with the
 * user's own access; null when the request is not theirs or does not exist.
 */
export const loadRequestFollowUp = async (req: PayloadRequest, requestId: number | string): Promise<RequestFollowUp | null> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.requests,
    where: { id: { equals: requestId } },
    select: { attachments: true, comments: true, statusHistory: true, commentCount: true, lastCommentAt: true },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const request = docs[0] as Request | undefined
  if (!request) return null
  const ids = (request.attachments ?? []).map((a) => idOf(a)).filter((id) => id !== undefined)
  const { docs: files } = ids.length
    ? await req.payload.find({
        collection: SLUGS.documents,
        where: { id: { in: ids } },
        select: { filename: true, filesize: true, mimeType: true, url: true },
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : { docs: [] as Document[] }
  const events: FollowUpEvent[] = [
    ...(request.statusHistory ?? []).map((h) => ({
      kind: 'status' as const,
      at: h.at,
      from: statusLabel(h.from),
      to: statusLabel(h.to)!,
      by: h.byName ?? null,
    })),
    ...(request.comments ?? []).map((c) => ({
      kind: 'comment' as const,
      at: c.postedAt ?? '',
      text: c.text,
      by: c.authorName ?? null,
    })),
  ].sort(chronological)
  return {
    // In the order they were attached; a document the user may not read is left out.
    attachments: ids.flatMap((id) => {
      const file = files.find((f) => String(f.id) === String(id))
      return file
        ? [{ id: file.id, filename: file.filename ?? `Documento ${file.id}`, filesize: file.filesize ?? null, mimeType: file.mimeType ?? null, url: file.url ?? null }]
        : []
    }),
    events,
    commentCount: request.commentCount ?? 0,
    lastCommentAt: request.lastCommentAt ?? null,
  }
}
