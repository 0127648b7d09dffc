import { describe, expect, it } from 'vitest'

import { retryWhileDatabaseUnavailable } from '@/db/retryWhileDatabaseUnavailable'

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })

/** Work that fails `times` times with `error`, then answers 'hecho'; the waits it was asked for. */
const flaky = (times: number, error: () => Error) => {
  let calls = 0
  const slept: number[] = []
  const run = async () => {
    calls++
    if (calls <= times) throw error()
    return 'hecho'
  }
  return { run, slept, sleep: async (ms: number) => void slept.push(ms), calls: () => calls }
}

describe('a script whose database drops mid-run', () => {
  it('runs the work again after each wait while the database is unavailable, then returns its result', async () => {
    const work = flaky(2, refused)
    const retries: number[] = []
    const result = await retryWhileDatabaseUnavailable(work.run, { waits: [2, 4, 8], sleep: work.sleep, onRetry: (wait) => retries.push(wait) })
    expect(result).toBe('hecho')
    expect(work.calls()).toBe(3)
    expect(work.slept).toEqual([2000, 4000])
    expect(retries).toEqual([2, 4])
  })

  it('gives up with the database error once the waits are spent', async () => {
    const work = flaky(5, refused)
    await expect(retryWhileDatabaseUnavailable(work.run, { waits: [1, 1], sleep: work.sleep })).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    expect(work.calls()).toBe(3)
  })

  it('never repeats work that failed for another reason', async () => {
    const work = flaky(1, () => new Error('R-COB-03: regla'))
    await expect(retryWhileDatabaseUnavailable(work.run, { waits: [1, 1], sleep: work.sleep })).rejects.toThrow('R-COB-03')
    expect(work.calls()).toBe(1)
    expect(work.slept).toEqual([])
  })
})
