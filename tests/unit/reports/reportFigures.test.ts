import { describe, expect, it } from 'vitest'

import { assertReportNotReviewed, reportAuthorFirm } from '@/rules/reports/reportAuthorship'
import { coactiveFigures, firmClosingFigures, firmManagementFigures, percentOf, periodEnd, type ReportCase } from '@/rules/reports/reportFigures'
import { violationOf } from '../helpers/violationOf'

const PERIOD = '2026-11'
const kase = (id: number, debtor: number, over: Partial<ReportCase> = {}): ReportCase => ({
  id,
  title: `EXP-${id}`,
  debtor,
  debtorName: `Deudor ${debtor}`,
  stage: 'PERSUASIVO',
  subState: 'GESTION_PERSUASIVA',
  capitalTotal: 1_000_000,
  actions: [],
  measures: [],
  ...over,
})

const cases = [
  // Debtor 1: two open cases, worked in November by call and e-mail (plus an October call that does not count).
  kase(1, 1, { actions: [{ channel: 'LLAMADA', date: '2026-11-01' }, { channel: 'LLAMADA', date: '2026-10-31' }] }),
  kase(2, 1, { capitalTotal: 500_000, actions: [{ channel: 'CORREO_ELECTRONICO', date: '2026-11-30' }] }),
  // Debtor 2: open, not worked in November.
  kase(3, 2, { capitalTotal: 2_000_000 }),
  // Debtor 3: terminated: neither assigned nor validated, but its November action counts as an action.
  kase(4, 3, { stage: 'TERMINADO', subState: 'ARCHIVADO', actions: [{ channel: 'VISITA', date: '2026-11-15' }] }),
]
const payments = [
  { id: 1, case: 1, debtor: 1, amount: 300_000, paidOn: '2026-11-01' },
  { id: 2, case: 2, debtor: 1, amount: 200_000, paidOn: '2026-11-30' },
  { id: 3, case: 3, debtor: 2, amount: 999_999, paidOn: '2026-12-01' },
]
const agreements = [
  { id: 1, case: 1, debtor: 1, status: 'APROBADO', approvedOn: '2026-11-10', total: 1_200_000 },
  { id: 2, case: 3, debtor: 2, status: 'EN_REQUERIMIENTO', approvedOn: '2026-09-10', total: 2_000_000 },
  { id: 3, case: 2, debtor: 1, status: 'SOLICITADO', approvedOn: null, total: 500_000 },
]

describe('firm and executor reports (seed 001 §7.2.3 items 9–10, §7.9.3; R-INF-01/02)', () => {
  it('§7.2.3-9 management report: actions by channel in the month only, every channel listed', () => {
    const f = firmManagementFigures({ period: PERIOD, cases, payments, agreements, evidence: [] })
    expect(f.actionsTotal).toBe(3)
    expect(f.actionsByChannel.find((c) => c.channel === 'LLAMADA')?.count).toBe(1)
    expect(f.actionsByChannel.find((c) => c.channel === 'CORREO_ELECTRONICO')?.count).toBe(1)
    expect(f.actionsByChannel.find((c) => c.channel === 'VISITA')?.count).toBe(1)
    expect(f.actionsByChannel.find((c) => c.channel === 'SMS')?.count).toBe(0)
    expect(f.actionsByChannel).toHaveLength(6)
  })

  it('§7.2.3-9 management report: debts assigned (open) and validated (worked in the month), payments on the first and last day, agreements approved in the month', () => {
    const f = firmManagementFigures({ period: PERIOD, cases, payments, agreements, evidence: [] })
    expect(f.debtsAssigned).toEqual({ debtors: 2, capital: 3_500_000 })
    expect(f.debtsValidated).toEqual({ debtors: 1, capital: 1_500_000 })
    expect(f.paymentsObtained).toEqual({ count: 2, amount: 500_000 })
    expect(f.agreementsObtained).toEqual({ count: 1, total: 1_200_000 })
    expect(f.balancesToAdjust).toEqual([{ debtor: 1, debtorName: 'Deudor 1', paid: 500_000, payments: 2 }])
  })

  it('§7.2.3-9 management report lists the evidence documents in date order', () => {
    const evidence = [
      { id: 8, filename: 'b.pdf', category: 'SOPORTE', description: '', createdOn: '2026-11-20' },
      { id: 7, filename: 'a.pdf', category: 'SOPORTE', description: '', createdOn: '2026-11-02' },
    ]
    expect(firmManagementFigures({ period: PERIOD, cases, payments, agreements, evidence }).evidence.map((e) => e.filename)).toEqual(['a.pdf', 'b.pdf'])
  })

  it('§7.2.3-10 closing report: cases by stage, recovery share, agreements in force and obtained, share of debtors worked', () => {
    const f = firmClosingFigures({ period: PERIOD, cases, payments, agreements, newAssignments: 4 })
    expect(f.casesByStage.find((s) => s.stage === 'PERSUASIVO')).toMatchObject({ count: 3, capital: 3_500_000 })
    expect(f.casesByStage.find((s) => s.stage === 'TERMINADO')).toMatchObject({ count: 1 })
    expect(f.openCapital).toBe(3_500_000)
    expect(f.recovered).toBe(500_000)
    expect(f.recoveryPercent).toBe(12.5)
    expect(f.agreementsInForce).toEqual({ count: 2, total: 3_200_000 })
    expect(f.agreementsObtained).toEqual({ count: 1, total: 1_200_000 })
    expect(f.workedDebtors).toBe(1)
    expect(f.workedPercent).toBe(50)
    expect(f.newAssignments).toBe(4)
  })

  it('§7.9.3 executor report: coactive cases by state, measures ordered in the month and in force at its end, recovered', () => {
    const coactive = [
      kase(10, 5, {
        stage: 'COACTIVO',
        subState: 'MANDAMIENTO_LIBRADO',
        measures: [
          { kind: 'EMBARGO', amount: 4_000_000, orderedOn: '2026-11-30', liftedOn: null },
          { kind: 'EMBARGO', amount: 1_000_000, orderedOn: '2026-10-01', liftedOn: '2026-11-30' },
          { kind: 'SECUESTRO', amount: 2_000_000, orderedOn: '2026-10-01', liftedOn: '2026-12-01' },
        ],
      }),
      kase(11, 6, { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' }),
      kase(12, 7, { stage: 'COACTIVO', subState: 'REMATE' }),
      kase(13, 8),
    ]
    const f = coactiveFigures({
      period: PERIOD,
      cases: coactive,
      payments: [
        { id: 1, case: 10, debtor: 5, amount: 700_000, paidOn: '2026-11-05' },
        { id: 2, case: 13, debtor: 8, amount: 100_000, paidOn: '2026-11-05' },
      ],
      difficulties: '  Direcciones desactualizadas. ',
    })
    expect(f.cases).toBe(3)
    expect(f.bySubState).toEqual([
      { subState: 'MANDAMIENTO_LIBRADO', label: 'Mandamiento de pago librado', count: 2 },
      { subState: 'REMATE', label: 'Remate', count: 1 },
    ])
    expect(f.measuresOrdered).toEqual({ count: 1, amount: 4_000_000 })
    // Lifted on the last day: no longer in force; lifted the day after: still in force.
    expect(f.measuresInForce).toEqual({ count: 2, amount: 6_000_000 })
    expect(f.recovered).toEqual({ count: 1, amount: 700_000 })
    expect(f.difficulties).toBe('Direcciones desactualizadas.')
  })

  it('periods end on their last day; shares are 0 with nothing to share', () => {
    expect(periodEnd('2026-02')).toBe('2026-02-28')
    expect(periodEnd('2028-02')).toBe('2028-02-29')
    expect(percentOf(1, 0)).toBe(0)
    expect(percentOf(1, 3)).toBe(33.3)
  })

  it('R-INF-01 a firm generates only its own reports; the executor the coactive one; managers any, naming the firm', () => {
    expect(reportAuthorFirm({ id: 5, role: 'firma_externa' }, { kind: 'GESTION_MENSUAL' })).toBe(5)
    expect(violationOf(() => reportAuthorFirm({ id: 5, role: 'firma_externa' }, { kind: 'CIERRE_MENSUAL', firm: 6 })).status).toBe(403)
    expect(violationOf(() => reportAuthorFirm({ id: 5, role: 'firma_externa' }, { kind: 'COACTIVO_EJECUTOR' })).ruleId).toBe('R-INF-01')
    expect(reportAuthorFirm({ id: 9, role: 'funcionario_ejecutor' }, { kind: 'COACTIVO_EJECUTOR' })).toBeNull()
    expect(violationOf(() => reportAuthorFirm({ id: 9, role: 'funcionario_ejecutor' }, { kind: 'GESTION_MENSUAL', firm: 5 })).status).toBe(403)
    expect(reportAuthorFirm({ id: 1, role: 'gerente_recaudo' }, { kind: 'GESTION_MENSUAL', firm: 5 })).toBe(5)
    expect(violationOf(() => reportAuthorFirm({ id: 1, role: 'gerente_recaudo' }, { kind: 'GESTION_MENSUAL' })).path).toBe('firm')
  })

  it('R-INF-02 a reviewed report is not generated again', () => {
    expect(() => assertReportNotReviewed(null)).not.toThrow()
    expect(() => assertReportNotReviewed({ status: 'BORRADOR' })).not.toThrow()
    expect(violationOf(() => assertReportNotReviewed({ status: 'REVISADO' })).status).toBe(409)
  })
})
