import { describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { assertMayApproveAgreement } from '@/rules/agreements/approvalCompetence'
import { assertDownPayment } from '@/rules/agreements/downPayment'
import { COACTIVE_MAX_TERM_MONTHS, assertTermAllowed, maxTermMonths } from '@/rules/agreements/maximumTerm'
import { assertOneAgreementPerDebt } from '@/rules/agreements/oneAgreementPerDebt'
import { assertRequestComplete, type AgreementRequest } from '@/rules/agreements/request'
import { assertNotBlockedByBdme } from '@/rules/bdme/bdmeEntry'
import { violationOf } from '../helpers/violationOf'

/**
 * SMMLV 2026: $1.750.905, Decreto 1469 del 29 de diciembre de 2025 (Ministerio del Trabajo); the
 * Consejo de Estado suspended it provisionally on 13 February 2026 and Decreto 0159 del 19 de
 * febrero de 2026 fixed the same amount again. The app reads it from the settings global.
 */
const SMMLV_2026 = 1_750_905

const request: AgreementRequest = {
  requestedOn: '2026-11-02',
  city: 'Bogotá',
  requesterKind: 'DEUDOR',
  requesterName: 'Constructora Ejemplo S.A.S.',
  requesterIdNumber: '79123456',
  obligationCount: 2,
  termMonths: 6,
  periodicity: 'MENSUAL',
  reasons: 'Disminución temporal de ingresos por obra suspendida.',
  address: 'Calle 10 # 20-30',
  phone: '3001234567',
}

describe('the written request (R-AGR-01)', () => {
  it('R-AGR-01 a complete request by the debtor passes', () => {
    expect(() => assertRequestComplete(request)).not.toThrow()
  })

  it('R-AGR-01 a request without reasons, phone or obligations names what is missing', () => {
    const v = violationOf(() => assertRequestComplete({ ...request, reasons: ' ', phone: null, obligationCount: 0 }))
    expect(v.ruleId).toBe('R-AGR-01')
    expect(v.message).toContain('los motivos que justifican la solicitud')
    expect(v.message).toContain('el teléfono del solicitante')
    expect(v.message).toContain('las obligaciones')
  })

  it('R-AGR-01 a third party names itself and becomes jointly liable for the whole debt', () => {
    expect(violationOf(() => assertRequestComplete({ ...request, requesterKind: 'TERCERO' }))).toMatchObject({ ruleId: 'R-AGR-01', path: 'thirdParty' })
    expect(violationOf(() => assertRequestComplete({ ...request, requesterKind: 'TERCERO', thirdParty: 7 }))).toMatchObject({
      ruleId: 'R-AGR-01',
      path: 'thirdPartyJointlyLiable',
    })
    expect(() => assertRequestComplete({ ...request, requesterKind: 'TERCERO', thirdParty: 7, thirdPartyJointlyLiable: true })).not.toThrow()
  })
})

describe('the BDME check (R-AGR-02)', () => {
  const report = { reportedOn: '2026-06-10', reason: 'Incumplimiento' }

  it('R-AGR-02 a debtor or a third party with a report in force in the register gets no agreement; a withdrawn one does', () => {
    expect(() => assertNotBlockedByBdme([], '2026-11-03', 'El deudor')).not.toThrow()
    expect(() => assertNotBlockedByBdme([{ ...report, withdrawnOn: '2026-10-01', withdrawalReason: 'Pagó' }], '2026-11-03', 'El deudor')).not.toThrow()
    expect(violationOf(() => assertNotBlockedByBdme([report], '2026-11-03', 'El deudor'))).toMatchObject({ ruleId: 'R-AGR-02', status: 409 })
    expect(violationOf(() => assertNotBlockedByBdme([report], '2026-11-03', 'El tercero solicitante')).message).toContain('tercero')
  })
})

describe('the down payment (R-AGR-03)', () => {
  it('R-AGR-03 exactly 10% of the total passes', () => {
    expect(() => assertDownPayment({ total: 10_000_000, downPayment: 1_000_000 })).not.toThrow()
  })

  it('R-AGR-03 a 9% down payment (or one peso under 10%) is refused on the field', () => {
    expect(violationOf(() => assertDownPayment({ total: 10_000_000, downPayment: 900_000 }))).toMatchObject({ ruleId: 'R-AGR-03', path: 'downPayment' })
    expect(violationOf(() => assertDownPayment({ total: 10_000_000, downPayment: 999_999 })).message).toContain('$ 1.000.000')
  })

  it('R-AGR-03 on an odd total the minimum rounds up to the peso', () => {
    expect(violationOf(() => assertDownPayment({ total: 1_000_005, downPayment: 100_000 })).ruleId).toBe('R-AGR-03')
    expect(() => assertDownPayment({ total: 1_000_005, downPayment: 100_001 })).not.toThrow()
  })
})

describe('one agreement per debt and debtor (R-AGR-04)', () => {
  const jan = { period: '2026-01', concept: 'APORTES_EN_MORA' }
  const feb = { period: '2026-02', concept: 'APORTES_EN_MORA' }

  it('R-AGR-04 a second agreement for the same obligation is refused', () => {
    const v = violationOf(() => assertOneAgreementPerDebt({ obligations: [jan, feb], others: [{ id: 4, status: 'APROBADO', obligations: [feb] }] }))
    expect(v).toMatchObject({ ruleId: 'R-AGR-04', status: 409 })
    expect(v.message).toContain('Ya existe un acuerdo de pago (4)')
  })

  it('R-AGR-04 none after an agreement for that debt was declared void for default', () => {
    const v = violationOf(() => assertOneAgreementPerDebt({ obligations: [jan], others: [{ id: 9, status: 'SIN_VIGENCIA', obligations: [jan] }] }))
    expect(v.message).toContain('declarado sin vigencia')
  })

  it('R-AGR-04 other debts, and rejected or withdrawn requests, do not count', () => {
    expect(() =>
      assertOneAgreementPerDebt({
        obligations: [jan],
        others: [
          { id: 1, status: 'APROBADO', obligations: [feb] },
          { id: 2, status: 'RECHAZADO', obligations: [jan] },
          { id: 3, status: 'DESISTIDO', obligations: [jan] },
        ],
      }),
    ).not.toThrow()
  })
})

describe('maximum term by SMMLV band (R-AGR-05)', () => {
  const band = (capital: number) => maxTermMonths({ capital, smmlv: SMMLV_2026, coactive: false })

  it('R-AGR-05 exactly 2 SMMLV of 2026 → 3 months; one peso above → 8', () => {
    expect(band(2 * SMMLV_2026)).toBe(3)
    expect(band(2 * SMMLV_2026 + 1)).toBe(8)
  })

  it('R-AGR-05 exactly 20 SMMLV of 2026 → 8 months; one peso above → 12', () => {
    expect(band(20 * SMMLV_2026)).toBe(8)
    expect(band(20 * SMMLV_2026 + 1)).toBe(12)
  })

  it('R-AGR-05 13 months over 20 SMMLV is refused on the term; 12 passes', () => {
    const input = { capital: 20 * SMMLV_2026 + 1, smmlv: SMMLV_2026, coactive: false }
    expect(() => assertTermAllowed({ ...input, termMonths: 12 })).not.toThrow()
    expect(violationOf(() => assertTermAllowed({ ...input, termMonths: 13 }))).toMatchObject({ ruleId: 'R-AGR-05', path: 'termMonths' })
  })

  it('R-AGR-05 4 months on exactly 2 SMMLV is refused; 9 months on exactly 20 SMMLV is refused', () => {
    expect(violationOf(() => assertTermAllowed({ capital: 2 * SMMLV_2026, smmlv: SMMLV_2026, coactive: false, termMonths: 4 })).message).toContain('3 meses')
    expect(violationOf(() => assertTermAllowed({ capital: 20 * SMMLV_2026, smmlv: SMMLV_2026, coactive: false, termMonths: 9 })).message).toContain('8 meses')
  })

  it('R-AGR-05 in the coactive stage the executor may grant up to five years, not more', () => {
    const input = { capital: 20 * SMMLV_2026 + 1, smmlv: SMMLV_2026, coactive: true }
    expect(COACTIVE_MAX_TERM_MONTHS).toBe(60)
    expect(() => assertTermAllowed({ ...input, termMonths: 60 })).not.toThrow()
    expect(violationOf(() => assertTermAllowed({ ...input, termMonths: 61 })).message).toContain('cinco años')
  })
})

describe('who approves (R-ROL-04)', () => {
  it('R-ROL-04 before coactive: branch manager, collections manager or legal manager', () => {
    for (const role of [ROLES.branchManager, ROLES.collectionsManager, ROLES.legalManager]) {
      expect(() => assertMayApproveAgreement({ role, stage: 'PREJURIDICO' })).not.toThrow()
    }
    for (const role of [ROLES.branchProfessional, ROLES.externalFirm, ROLES.executorOfficer, null]) {
      expect(violationOf(() => assertMayApproveAgreement({ role, stage: 'PERSUASIVO' }))).toMatchObject({ ruleId: 'R-ROL-04', status: 403 })
    }
  })

  it('R-ROL-04 in coactive only the executor officer; a branch manager is refused', () => {
    expect(() => assertMayApproveAgreement({ role: ROLES.executorOfficer, stage: 'COACTIVO' })).not.toThrow()
    for (const role of [ROLES.branchManager, ROLES.collectionsManager, ROLES.legalManager]) {
      expect(violationOf(() => assertMayApproveAgreement({ role, stage: 'COACTIVO' })).message).toContain('solo el funcionario ejecutor')
    }
  })
})
