import { describe, expect, it } from 'vitest'

import { DEFAULT_POOL_MAX, databasePoolMax } from '@/db/poolSize'

describe('databasePoolMax', () => {
  it('defaults to node-postgres’ size when DATABASE_POOL_MAX is unset or empty', () => {
    expect(databasePoolMax(undefined)).toBe(DEFAULT_POOL_MAX)
    expect(databasePoolMax(' ')).toBe(DEFAULT_POOL_MAX)
  })
  it('reads the configured size', () => {
    expect(databasePoolMax('40')).toBe(40)
  })
  it('refuses a size that is not an integer from 1 to 200', () => {
    for (const bad of ['0', '-1', '2.5', 'muchas', '201']) expect(() => databasePoolMax(bad)).toThrow(/DATABASE_POOL_MAX/)
  })
})
