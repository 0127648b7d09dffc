import { describe, expect, it } from 'vitest'

import { arrearsBucket, daysPastDue, dueDateWindow, pendingAmount, policyDaysPastDue } from '@/rules/arrears'
import { RuleViolation } from '@/rules/ruleViolation'

describe('R-CAR-01 days past due', () => {
  it('R-CAR-01 counts calendar days from the due date to the as-of date', () => {
    expect(daysPastDue('2026-02-14T12:00:00.000Z', '2026-02-15')).toBe(1)
    expect(daysPastDue('2026-02-14T12:00:00.000Z', '2026-02-14')).toBe(0)
    expect(daysPastDue('2026-02-14T12:00:00.000Z', '2026-05-15')).toBe(90)
  })

  it('R-CAR-01 reads the due date in Bogotá: 03:00 UTC on 15 Feb is still 14 Feb there', () => {
    expect(daysPastDue('2026-02-15T03:00:00.000Z', '2026-02-15')).toBe(1)
  })

  it('R-CAR-01 pending is what is still owed, never negative', () => {
    expect(pendingAmount({ totalDue: 1_428_000, amountPaid: 428_000 })).toBe(1_000_000)
    expect(pendingAmount({ totalDue: 10, amountPaid: 20 })).toBe(0)
  })

  it('R-CAR-01 a policy paid in full is not past due, however old its due date', () => {
    const due = '2026-02-14T12:00:00.000Z'
    expect(policyDaysPastDue({ paymentDueDate: due, totalDue: 1_428_000, amountPaid: 428_000 }, '2026-05-15')).toBe(90)
    expect(policyDaysPastDue({ paymentDueDate: due, totalDue: 1_428_000, amountPaid: 1_428_000 }, '2026-05-15')).toBe(0)
    expect(policyDaysPastDue({ paymentDueDate: due, totalDue: 1_428_000, amountPaid: 0 }, '2026-02-01')).toBe(0)
  })
})

describe('R-CAR-02 buckets', () => {
  it.each([
    [0, null],
    [1, '1-45'],
    [45, '1-45'],
    [46, '46-60'],
    [60, '46-60'],
    [61, '61-75'],
    [75, '61-75'],
    [76, '76-89'],
    [89, '76-89'],
    [90, '90+'],
    [400, '90+'],
  ])('R-CAR-02 %i days past due fall in %s', (days, bucket) => {
    expect(arrearsBucket(days)).toBe(bucket)
  })
})

describe('R-CAR-03 bucket filter as a due-date window', () => {
  it('R-CAR-03 the 46-60 window as of 2026-05-15 holds due dates 2026-03-16 .. 2026-03-30 (Bogotá)', () => {
    const { from, to } = dueDateWindow('2026-05-15', '46-60')
    expect(from!.toISOString()).toBe('2026-03-16T05:00:00.000Z')
    expect(to.toISOString()).toBe('2026-03-31T05:00:00.000Z')
    for (const [due, inside] of [
      ['2026-03-16T12:00:00.000Z', true],
      ['2026-03-30T12:00:00.000Z', true],
      ['2026-03-15T12:00:00.000Z', false],
      ['2026-03-31T12:00:00.000Z', false],
    ] as const) {
      const t = new Date(due).getTime()
      expect(t >= from!.getTime() && t < to.getTime()).toBe(inside)
      expect(arrearsBucket(daysPastDue(due, '2026-05-15')) === '46-60').toBe(inside)
    }
  })

  it('R-CAR-03 without a bucket every policy due before the as-of day is past due; 90+ has no lower bound', () => {
    expect(dueDateWindow('2026-05-15').to.toISOString()).toBe('2026-05-15T05:00:00.000Z')
    expect(dueDateWindow('2026-05-15', '90+').from).toBeNull()
    expect(() => dueDateWindow('2026-05-15', '10-20' as never)).toThrow(RuleViolation)
  })
})
