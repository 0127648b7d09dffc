import { describe, expect, it } from 'vitest'

import { INSOLVENCY_STATUSES, isInsolvent, NO_INSOLVENCY } from '@/rules/parties/insolvency'

describe('insolvency (R-COB-09)', () => {
  it('R-COB-09 a debtor in any insolvency proceeding is insolvent; none recorded, or no value, is not', () => {
    for (const { value } of INSOLVENCY_STATUSES.filter((s) => s.value !== NO_INSOLVENCY)) expect(isInsolvent(value)).toBe(true)
    expect(isInsolvent(NO_INSOLVENCY)).toBe(false)
    expect(isInsolvent(null)).toBe(false)
    expect(isInsolvent(undefined)).toBe(false)
  })
})
