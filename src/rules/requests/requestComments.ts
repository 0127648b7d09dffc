import { RuleViolation } from '@/rules/ruleViolation'

export const MAX_COMMENT_LENGTH = 280

/** R-REQ-05: a comment is 1 to 280 characters (counted as the user sees them). Returns it trimmed. */
export function assertCommentText(text: unknown): string {
  const value = typeof text === 'string' ? text.trim() : ''
  if (value === '') throw new RuleViolation('R-REQ-05', 'El comentario no puede estar vacío.')
  const length = [...value].length
  if (length > MAX_COMMENT_LENGTH) {
    throw new RuleViolation(
      'R-REQ-05',
      `El comentario tiene ${length} caracteres; el máximo es ${MAX_COMMENT_LENGTH}.`,
    )
  }
  return value
}

/** R-REQ-05: the count of comments and the date and time of the last one. */
export function summarizeComments(comments: { postedAt?: string | null }[] | null | undefined): {
  commentCount: number
  lastCommentAt: string | null
} {
  const list = comments ?? []
  let last: string | null = null
  for (const c of list) {
    if (c.postedAt && (last === null || new Date(c.postedAt).getTime() > new Date(last).getTime())) last = c.postedAt
  }
  return { commentCount: list.length, lastCommentAt: last }
}
