import { describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { assertActFitsStage } from '@/rules/acts/actDrafting'
import { AGREEMENT_ACTS, actsForStage } from '@/rules/acts/actKinds'
import { assertMaySignAct } from '@/rules/acts/actSigner'
import { createBusinessCalendar } from '@/rules/calendar'
import { demandFor, statusAfterPayment } from '@/rules/agreements/defaultTerms'
import { violationOf } from '../helpers/violationOf'

const calendar = createBusinessCalendar()

/** Granted 2 Mar 2026: down payment paid; instalment 1 due Mon 6 Apr, instalment 2 due Mon 4 May. */
const instalments = [
  { number: 0, dueOn: '2026-03-02', amount: 300_000, paidAmount: 300_000 },
  { number: 1, dueOn: '2026-04-06', amount: 900_000, paidAmount: 100_000 },
  { number: 2, dueOn: '2026-05-04', amount: 900_000, paidAmount: 0 },
]

describe('the demand for a missed instalment (R-AGR-11)', () => {
  it('R-AGR-11 no demand on the due day itself: the instalment falls due at the end of that business day', () => {
    expect(demandFor({ status: 'APROBADO', instalments, today: '2026-04-06', calendar })).toBeNull()
  })

  it('R-AGR-11 the day after, the demand opens with fifteen business days, across the 1 May holiday', () => {
    // Tue 21 Apr + 15 business days: 22–24, 27–30 Apr, (Fri 1 May holiday), 4–8, 11–13 May → Wed 13 May.
    const demand = demandFor({ status: 'APROBADO', instalments, today: '2026-04-21', calendar })
    expect(demand).toMatchObject({ issuedOn: '2026-04-21', dueOn: '2026-05-13' })
    expect(demand!.missed.map((i) => i.number)).toEqual([1])
  })

  it('R-AGR-11 an agreement already demanded, void or fulfilled is not demanded again', () => {
    for (const status of ['EN_REQUERIMIENTO', 'SIN_VIGENCIA', 'CUMPLIDO', 'SOLICITADO']) {
      expect(demandFor({ status, instalments, today: '2026-04-21', calendar })).toBeNull()
    }
  })

  it('R-AGR-11 paying what was demanded brings the agreement back in force; one peso short does not', () => {
    const paid = instalments.map((i) => (i.number === 1 ? { ...i, paidAmount: 900_000 } : i))
    const short = instalments.map((i) => (i.number === 1 ? { ...i, paidAmount: 899_999 } : i))
    expect(statusAfterPayment('EN_REQUERIMIENTO', paid, '2026-04-28')).toBe('APROBADO')
    expect(statusAfterPayment('EN_REQUERIMIENTO', short, '2026-04-28')).toBe('EN_REQUERIMIENTO')
    // Paid on 5 May, instalment 2 (due 4 May) is also past due: still under the demand.
    expect(statusAfterPayment('EN_REQUERIMIENTO', paid, '2026-05-05')).toBe('EN_REQUERIMIENTO')
    expect(statusAfterPayment('APROBADO', short, '2026-04-28')).toBe('APROBADO')
  })
})

describe('the acts of an agreement (R-AGR-07/11/12, R-ROL-04)', () => {
  it('R-AGR-07 the agreement, its demand and its void resolution are drafted while the agreement suspends the case', () => {
    expect(actsForStage('SUSPENDIDO')).toEqual(['ACUERDO_DE_PAGO', 'REQUERIMIENTO_INCUMPLIMIENTO', 'RESOLUCION_SIN_VIGENCIA'])
    expect(violationOf(() => assertActFitsStage('RESOLUCION_SIN_VIGENCIA', 'PERSUASIVO')).ruleId).toBe('R-COB-01')
  })

  it('R-ROL-04 in coactive only the executor officer signs them; a branch manager is refused (403)', () => {
    for (const kind of AGREEMENT_ACTS) {
      expect(() => assertMaySignAct({ role: ROLES.executorOfficer, kind, stage: 'COACTIVO' })).not.toThrow()
      const refused = violationOf(() => assertMaySignAct({ role: ROLES.branchManager, kind, stage: 'COACTIVO' }))
      expect([refused.ruleId, refused.status]).toEqual(['R-ROL-04', 403])
    }
  })

  it('R-ROL-04 before coactive the branch, collections or legal manager signs them; a professional or firm may not', () => {
    for (const role of [ROLES.branchManager, ROLES.collectionsManager, ROLES.legalManager]) {
      expect(() => assertMaySignAct({ role, kind: 'RESOLUCION_SIN_VIGENCIA', stage: 'PREJURIDICO' })).not.toThrow()
    }
    for (const role of [ROLES.branchProfessional, ROLES.externalFirm, null]) {
      expect(violationOf(() => assertMaySignAct({ role, kind: 'ACUERDO_DE_PAGO', stage: 'PERSUASIVO' })).ruleId).toBe('R-ROL-04')
    }
  })
})
