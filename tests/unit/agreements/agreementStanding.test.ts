import { describe, expect, it } from 'vitest'

import { agreementCoverage } from '@/rules/agreements/agreementCoverage'
import { agreementDeadlines } from '@/rules/agreements/agreementDeadlines'
import { agreementStanding } from '@/rules/agreements/agreementStanding'
import type { RatePeriod } from '@/rules/cases/interest'

const rates: RatePeriod[] = [{ from: '2026-01-01', to: '2027-12-31', annualRatePercent: '24' }]

/** Down payment 100.000 on 1 Jun, then three of 300.000 on 1 Jul, 3 Aug, 1 Sep. */
const schedule = (paid: number[] = [0, 0, 0, 0]) =>
  [
    { number: 0, dueOn: '2026-06-01', amount: 100_000 },
    { number: 1, dueOn: '2026-07-01', amount: 300_000 },
    { number: 2, dueOn: '2026-08-03', amount: 300_000 },
    { number: 3, dueOn: '2026-09-01', amount: 300_000 },
  ].map((i, k) => ({ ...i, paidAmount: paid[k] ?? 0 }))

describe('agreement standing on a given day (R-AGR-08, R-AGR-13)', () => {
  it('R-AGR-08 an instalment is pending through its due day and overdue the day after; paid ones stay paid', () => {
    const onDueDay = agreementStanding({ instalments: schedule([100_000]), today: '2026-07-01', rates })
    expect(onDueDay.lines.map((l) => l.standing)).toEqual(['PAGADA', 'PENDIENTE', 'PENDIENTE', 'PENDIENTE'])
    const dayAfter = agreementStanding({ instalments: schedule([100_000]), today: '2026-07-02', rates })
    expect(dayAfter.lines.map((l) => l.standing)).toEqual(['PAGADA', 'VENCIDA', 'PENDIENTE', 'PENDIENTE'])
    expect(dayAfter).toMatchObject({ paid: 100_000, balance: 900_000, overdue: 300_000 })
    expect(dayAfter.next).toMatchObject({ number: 1, owed: 300_000 })
  })

  it('R-AGR-13 interest owed today is each late instalment\'s months or fraction of delay on what it still owes', () => {
    // On 4 Aug: instalment 1 (150.000 unpaid since 1 Jul) → 2 months × 150.000 × 24 % / 12 = 6.000;
    // instalment 2 (due 3 Aug) one day late → 1 month × 300.000 × 2 % = 6.000.
    const s = agreementStanding({ instalments: schedule([100_000, 150_000]), today: '2026-08-04', rates })
    expect(s.lines.map((l) => [l.number, l.owed, l.standing, l.lateInterest])).toEqual([
      [0, 0, 'PAGADA', 0],
      [1, 150_000, 'VENCIDA', 6_000],
      [2, 300_000, 'VENCIDA', 6_000],
      [3, 300_000, 'PENDIENTE', 0],
    ])
    expect(s).toMatchObject({ interestOwed: 12_000, overdue: 450_000, balance: 750_000, paid: 250_000 })
  })

  it('R-INT-01 with no rate registered for a month of the delay, the interest is unknown (null) and says why; the schedule still stands', () => {
    const s = agreementStanding({ instalments: schedule([100_000]), today: '2028-01-10', rates })
    expect(s.interestOwed).toBeNull()
    expect(s.interestProblem).toMatch(/^R-INT-01: No hay tasa de interés moratorio registrada para el 2028-/)
    expect(s).toMatchObject({ balance: 900_000, overdue: 900_000 })
  })

  it('R-AGR-08 a fully paid schedule owes nothing and has no next instalment', () => {
    const s = agreementStanding({ instalments: schedule([100_000, 300_000, 300_000, 300_000]), today: '2026-12-01', rates })
    expect(s).toMatchObject({ balance: 0, overdue: 0, interestOwed: 0, next: null })
  })
})

describe('agreement deadlines for the worklist (R-AGR-06, R-AGR-08, R-AGR-11)', () => {
  const terms = { analysisDueOn: '2026-11-20', requirementsDueOn: '2026-11-25', perfectionDueOn: '2026-12-24', demandDueOn: '2026-12-10' }

  it('R-AGR-06 a request being analysed shows the analysis; with requirements asked, their term and the perfection', () => {
    expect(agreementDeadlines({ status: 'SOLICITADO', ...terms }, null).map((d) => [d.kind, d.date])).toEqual([['analysis', '2026-11-20']])
    expect(agreementDeadlines({ status: 'EN_ANALISIS', ...terms }, null).map((d) => d.kind)).toEqual(['analysis'])
    expect(agreementDeadlines({ status: 'REQUISITOS_PENDIENTES', ...terms }, null).map((d) => [d.kind, d.date])).toEqual([
      ['requirements', '2026-11-25'],
      ['perfection', '2026-12-24'],
    ])
    expect(agreementDeadlines({ status: 'REQUISITOS_PENDIENTES', ...terms, perfectionDueOn: null }, null).map((d) => d.kind)).toEqual(['requirements'])
  })

  it('R-AGR-08 a granted agreement shows its next unpaid instalment; R-AGR-11 under a demand, its term first', () => {
    expect(agreementDeadlines({ status: 'APROBADO', ...terms }, { number: 2, dueOn: '2026-12-03' })).toEqual([
      { kind: 'instalment', label: 'Cuota 2 del acuerdo de pago (R-AGR-08)', date: '2026-12-03' },
    ])
    expect(agreementDeadlines({ status: 'APROBADO', ...terms }, { number: 0, dueOn: '2026-12-03' })[0]!.label).toBe('Abono inicial del acuerdo de pago (R-AGR-08)')
    expect(agreementDeadlines({ status: 'EN_REQUERIMIENTO', ...terms }, { number: 1, dueOn: '2026-11-02' }).map((d) => [d.kind, d.date])).toEqual([
      ['instalment', '2026-11-02'],
      ['demand', '2026-12-10'],
    ])
    expect(agreementDeadlines({ status: 'APROBADO', ...terms }, null)).toEqual([])
  })

  it('R-AGR-12 an ended agreement has no open term', () => {
    for (const status of ['SIN_VIGENCIA', 'RECHAZADO', 'DESISTIDO', 'CUMPLIDO'] as const) {
      expect(agreementDeadlines({ status, ...terms }, { number: 1, dueOn: '2026-11-02' }), status).toEqual([])
    }
  })
})

describe('agreement guarantees coverage (R-GAR-01, R-GAR-02)', () => {
  const wages = [{ year: 2026, amount: 1_000_000 }]
  const base = { capital: 12_000_000, costs: 300_000, termMonths: 6, startDate: '2026-12-01', rates, wages }

  it('R-GAR-02 counts offered and perfected guarantees, not replaced or released ones, against capital + projected interest + costs', () => {
    const c = agreementCoverage({
      ...base,
      guarantees: [
        { status: 'PERFECCIONADA', value: 10_000_000 },
        { status: 'PROPUESTA', value: 3_000_000 },
        { status: 'SUSTITUIDA', value: 50_000_000 },
        { status: 'LIBERADA', value: 50_000_000 },
      ],
    })
    // 12.000.000 × 24 % / 12 × 6 months = 1.440.000 projected.
    expect(c).toEqual({ interest: 1_440_000, required: 13_740_000, covered: 13_000_000, shortfall: 740_000, perfected: 10_000_000, mandatory: true, annualRatePercent: '24' })
  })

  it('R-GAR-01 guarantees are required only above 10 SMMLV', () => {
    expect(agreementCoverage({ ...base, capital: 10_000_000, guarantees: [] }).mandatory).toBe(false)
    expect(agreementCoverage({ ...base, capital: 10_000_001, guarantees: [] }).mandatory).toBe(true)
  })
})
