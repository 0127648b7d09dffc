import { describe, expect, it } from 'vitest'

import { assertCommentText, summarizeComments } from '@/rules/requests/requestComments'
import { violationOf } from '../helpers/violationOf'

describe('R-REQ-05 comments', () => {
  it('R-REQ-05 accepts exactly 280 characters, accents and emoji counted as one', () => {
    expect(assertCommentText('a'.repeat(280))).toHaveLength(280)
    expect(assertCommentText(`${'ñ'.repeat(279)}😀`)).toBeTruthy()
  })

  it('R-REQ-05 refuses a 281-character comment and an empty one', () => {
    const v = violationOf(() => assertCommentText('a'.repeat(281)))
    expect(v.ruleId).toBe('R-REQ-05')
    expect(v.message).toBe('El comentario tiene 281 caracteres; el máximo es 280.')
    expect(violationOf(() => assertCommentText('   ')).message).toMatch(/vacío/)
  })

  it('R-REQ-05 counts comments and finds the date of the last one', () => {
    expect(
      summarizeComments([
        { postedAt: '2026-03-01T15:00:00.000Z' },
        { postedAt: '2026-03-02T10:00:00.000Z' },
        { postedAt: '2026-02-28T10:00:00.000Z' },
      ]),
    ).toEqual({ commentCount: 3, lastCommentAt: '2026-03-02T10:00:00.000Z' })
    expect(summarizeComments([])).toEqual({ commentCount: 0, lastCommentAt: null })
  })
})
