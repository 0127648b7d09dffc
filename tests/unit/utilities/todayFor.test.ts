import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { E2E_CLOCK_HEADER, testClockOf, todayFor } from '@/utilities/todayFor'

const reqWith = (headers: Record<string, string>, context: Record<string, unknown> = {}) =>
  ({ headers: new Headers(headers), context }) as unknown as PayloadRequest

describe("todayFor: the e2e server's clock header", () => {
  it('is honoured only with E2E_CLOCK=true outside production', () => {
    const req = reqWith({ [E2E_CLOCK_HEADER]: '2027-02-10' })
    expect(testClockOf(req, { E2E_CLOCK: 'true', NODE_ENV: 'development' })).toBe('2027-02-10')
    expect(testClockOf(req, { E2E_CLOCK: 'true', NODE_ENV: 'production' })).toBeNull()
    expect(testClockOf(req, { NODE_ENV: 'development' })).toBeNull()
    expect(testClockOf(req, { E2E_CLOCK: '1', NODE_ENV: 'development' })).toBeNull()
  })

  it('ignores a header that is not a day', () => {
    expect(testClockOf(reqWith({ [E2E_CLOCK_HEADER]: 'mañana' }), { E2E_CLOCK: 'true' })).toBeNull()
    expect(testClockOf(reqWith({}), { E2E_CLOCK: 'true' })).toBeNull()
  })

  it("the sweep's context.asOf wins over the header; without either, today in Bogota", () => {
    expect(todayFor(reqWith({ [E2E_CLOCK_HEADER]: '2027-02-10' }, { asOf: '2026-05-14' }))).toBe('2026-05-14')
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Bogota' })
    expect(todayFor(reqWith({ [E2E_CLOCK_HEADER]: '2027-02-10' }))).toBe(process.env.E2E_CLOCK === 'true' ? '2027-02-10' : today)
    expect(todayFor(reqWith({}))).toBe(today)
  })
})
