import type { CollectionBeforeValidateHook } from 'payload'

import { assertCommentText, summarizeComments } from '@/rules/requests/requestComments'
import { enforceRule } from '@/utilities/enforceRule'
import type { Request } from '@/payload-types'

type Comment = { id?: string | null; text?: string | null; author?: unknown; authorName?: string | null; postedAt?: string | null }

/**
 * R-REQ-05: new comments (≤ 280 characters) get their author and date from the server; existing
 * ones keep their stored values; the request carries the count and the date of the last one.
 */
export const stampNewComments: CollectionBeforeValidateHook<Request> = ({ data, originalDoc, req }) => {
  if (!data) return data
  const storedList: Comment[] = originalDoc?.comments ?? []
  const stored = new Set(storedList.map((c) => String(c.id)))
  const incoming: Comment[] = data.comments ?? []
  const now = new Date().toISOString()
  // Comments are append-only for everyone: stored ones stay as they were, whatever is sent.
  const added = incoming
    .filter((comment) => !(comment.id && stored.has(String(comment.id))))
    .map((comment) => ({
      text: enforceRule(() => assertCommentText(comment.text)),
      author: req.user?.id ?? null,
      authorName: req.user?.name ?? null,
      postedAt: now,
    }))
  const comments = [...storedList, ...added]
  return { ...data, comments, ...summarizeComments(comments) }
}
