import { describe, expect, it } from 'vitest'

import {
  agreementsStanding,
  arrearsEvolution,
  assertPeriod,
  assertSnapshotChangeable,
  caseAgeBucket,
  casesByStageAndAge,
  figuresOfBranch,
  periodBounds,
  previousPeriod,
  recoveryByPeriod,
  rollRates,
  type SnapshotFigures,
} from '@/rules/indicators'
import { RuleViolation } from '@/rules/ruleViolation'

const BOG = 1
const MED = 2

/** October: two branches' arrears. */
const october: SnapshotFigures = {
  period: '2026-10',
  portfolio: [
    { branch: BOG, lineOfBusiness: 'AUTOS', bucket: '1-45', policies: 3, amount: 300_000 },
    { branch: MED, lineOfBusiness: 'AUTOS', bucket: '46-60', policies: 1, amount: 50_000 },
  ],
  transitions: [],
  cases: [],
  agreements: [{ branch: BOG, standing: 'CUMPLIENDO', agreements: 2 }],
  recovery: [{ branch: BOG, payments: 1, amount: 10_000 }],
}

/**
 * November, built by hand: of Bogotá's 300.000 in 1-45 last month, 100.000 rolled to 46-60,
 * 50.000 jumped to 61-75, 100.000 was paid and 50.000 is no longer past due; Medellín's 50.000 in
 * 46-60 rolled to 61-75.
 */
const november: SnapshotFigures = {
  period: '2026-11',
  portfolio: [
    { branch: BOG, lineOfBusiness: 'AUTOS', bucket: '1-45', policies: 2, amount: 120_000 },
    { branch: BOG, lineOfBusiness: 'AUTOS', bucket: '46-60', policies: 1, amount: 100_000 },
    { branch: BOG, lineOfBusiness: 'SOAT', bucket: '61-75', policies: 1, amount: 50_000 },
    { branch: MED, lineOfBusiness: 'AUTOS', bucket: '61-75', policies: 1, amount: 50_000 },
    { branch: MED, lineOfBusiness: 'AUTOS', bucket: '90+', policies: 4, amount: 400_000 },
  ],
  transitions: [
    { branch: BOG, lineOfBusiness: 'AUTOS', from: '1-45', to: '46-60', policies: 1, amount: 100_000 },
    { branch: BOG, lineOfBusiness: 'SOAT', from: '1-45', to: '61-75', policies: 1, amount: 50_000 },
    { branch: BOG, lineOfBusiness: 'AUTOS', from: '1-45', to: 'PAGADA', policies: 1, amount: 100_000 },
    { branch: BOG, lineOfBusiness: 'AUTOS', from: '1-45', to: 'AL_DIA', policies: 1, amount: 50_000 },
    { branch: MED, lineOfBusiness: 'AUTOS', from: '46-60', to: '61-75', policies: 1, amount: 50_000 },
    { branch: MED, lineOfBusiness: 'AUTOS', from: '90+', to: '90+', policies: 1, amount: 80_000 },
    { branch: MED, lineOfBusiness: 'AUTOS', from: '90+', to: 'RETIRADA', policies: 1, amount: 20_000 },
  ],
  cases: [
    { branch: BOG, stage: 'PERSUASIVO', age: '0-90', cases: 2, capital: 2_000_000 },
    { branch: BOG, stage: 'PERSUASIVO', age: '181-360', cases: 1, capital: 500_000 },
    { branch: MED, stage: 'COACTIVO', age: '720+', cases: 1, capital: 9_000_000 },
  ],
  agreements: [
    { branch: BOG, standing: 'CUMPLIENDO', agreements: 3 },
    { branch: MED, standing: 'INCUMPLIDO', agreements: 1 },
  ],
  recovery: [
    { branch: BOG, payments: 2, amount: 100_000 },
    { branch: MED, payments: 1, amount: 30_000 },
    { branch: null, payments: 1, amount: 5_000 },
  ],
}

describe('§7.2.1 roll rates', () => {
  it('§7.2.1 roll rate of 1-45 in a hand-built month: 50% rolled (33.33% to the next bucket), one third paid, one sixth back to current', () => {
    const first = rollRates(november).find((r) => r.from === '1-45')!
    expect(first).toMatchObject({ amount: 300_000, rolled: 0.5, toNext: 0.3333, paid: 0.3333, improved: 0.1667, stayed: 0, gone: 0 })
  })

  it('§7.2.1 roll rate of 46-60 and 90+: Medellín rolled all of 46-60; 90+ stays 80% and 20% left the portfolio', () => {
    const rates = rollRates(november)
    expect(rates.find((r) => r.from === '46-60')).toMatchObject({ amount: 50_000, rolled: 1, toNext: 1, paid: 0 })
    expect(rates.find((r) => r.from === '90+')).toMatchObject({ amount: 100_000, rolled: 0, stayed: 0.8, gone: 0.2 })
  })

  it('§7.2.1 roll rate by branch: Bogotá has no 46-60 balance last month (0, not a division by zero)', () => {
    expect(rollRates(november, BOG).find((r) => r.from === '46-60')).toMatchObject({ amount: 0, rolled: 0, paid: 0 })
    expect(rollRates(november, MED).find((r) => r.from === '1-45')!.amount).toBe(0)
  })

  it('§7.2.1 roll rate without a previous snapshot: every bucket with no balance', () => {
    expect(rollRates(october).every((r) => r.amount === 0 && r.rolled === 0)).toBe(true)
  })
})

describe('§7.2.1 evolution of arrears by bucket', () => {
  it('§7.2.1 evolution: every bucket of each month in order, totals per month', () => {
    const evolution = arrearsEvolution([november, october])
    expect(evolution.map((e) => e.period)).toEqual(['2026-10', '2026-11'])
    expect(evolution[1]!.buckets.map((b) => b.amount)).toEqual([120_000, 100_000, 100_000, 0, 400_000])
    expect(evolution[1]).toMatchObject({ policies: 9, amount: 720_000 })
    expect(evolution[0]!.buckets).toHaveLength(5)
  })

  it('§7.2.2 evolution of one branch: Medellín only', () => {
    expect(arrearsEvolution([november], MED)[0]).toMatchObject({ policies: 5, amount: 450_000 })
  })
})

describe('§7.2.1 recovery, cases and agreements', () => {
  it('§7.2.1 recovery in the month: payments and amount per period (a payment without branch counts nationally only)', () => {
    expect(recoveryByPeriod([october, november])).toEqual([
      { period: '2026-10', payments: 1, amount: 10_000 },
      { period: '2026-11', payments: 4, amount: 135_000 },
    ])
    expect(recoveryByPeriod([november], BOG)[0]).toEqual({ period: '2026-11', payments: 2, amount: 100_000 })
  })

  it('§7.2.1 cases by stage and ageing: a row per stage, a column per age', () => {
    const rows = casesByStageAndAge(november)
    expect(rows.map((r) => r.stage)).toEqual(['COACTIVO', 'PERSUASIVO'])
    expect(rows[1]).toMatchObject({ cases: 3, capital: 2_500_000, byAge: { '0-90': 2, '91-180': 0, '181-360': 1, '361-720': 0, '720+': 0 } })
    expect(casesByStageAndAge(november, BOG).map((r) => r.stage)).toEqual(['PERSUASIVO'])
  })

  it('§7.2.1 case age buckets at their edges: 90 | 91, 720 | 721', () => {
    expect([0, 90, 91, 180, 181, 360, 361, 720, 721, -3].map(caseAgeBucket)).toEqual([
      '0-90', '0-90', '91-180', '91-180', '181-360', '181-360', '361-720', '361-720', '720+', '0-90',
    ])
  })

  it('§7.2.1 agreements met vs in default, with the share in default', () => {
    expect(agreementsStanding([november, october])).toEqual([
      { period: '2026-10', met: 2, inDefault: 0, defaultRate: 0 },
      { period: '2026-11', met: 3, inDefault: 1, defaultRate: 0.25 },
    ])
  })
})

describe('§7.2.2 a branch manager reviews its branch', () => {
  it('§7.2.2 figuresOfBranch keeps only the rows of the branch (none without a branch)', () => {
    const mine = figuresOfBranch(november, MED)
    expect(mine.portfolio.every((r) => r.branch === MED)).toBe(true)
    expect(mine.recovery).toEqual([{ branch: MED, payments: 1, amount: 30_000 }])
    expect(figuresOfBranch(november, null).portfolio).toEqual([])
  })
})

describe('R-IND-01 periods and published snapshots', () => {
  it('R-IND-01: a period is YYYY-MM; bounds and previous month', () => {
    expect(periodBounds('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(periodBounds('2028-02').to).toBe('2028-02-29')
    expect(previousPeriod('2026-01')).toBe('2025-12')
    expect(() => assertPeriod('2026-13')).toThrow(RuleViolation)
    expect(() => assertPeriod('2026-1')).toThrow(/AAAA-MM/)
  })

  it('R-IND-01: a published snapshot is neither changed nor deleted (409); a draft is', () => {
    expect(() => assertSnapshotChangeable('BORRADOR', 'update')).not.toThrow()
    expect(() => assertSnapshotChangeable('PUBLICADO', 'update')).toThrow(/no se puede modificar/)
    try {
      assertSnapshotChangeable('PUBLICADO', 'delete')
      expect.unreachable()
    } catch (e) {
      expect(e).toMatchObject({ ruleId: 'R-IND-01', status: 409 })
    }
  })
})
