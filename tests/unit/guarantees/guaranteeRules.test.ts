import { describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { appraisalStillValid, appraisedValue, type AppraisalFacts } from '@/rules/guarantees/appraisal'
import { assertGuaranteeOnAgreementCase } from '@/rules/guarantees/agreementLink'
import { assertGuaranteesCover, guaranteeCoverage } from '@/rules/guarantees/coverage'
import { assertEncumbrancesHandled } from '@/rules/guarantees/encumbrances'
import { ADMISSIBLE_KINDS, assertAdmissibleKind, INADMISSIBLE_KINDS } from '@/rules/guarantees/kinds'
import { assertGuaranteesPerfected, assertPerfectionRecorded } from '@/rules/guarantees/perfection'
import { assertGuaranteeWhenRequired, guaranteeRequired } from '@/rules/guarantees/required'
import { assertSubstitutionAllowed } from '@/rules/guarantees/substitution'
import { violationOf } from '../helpers/violationOf'

const SMMLV_2026 = 1_423_500

describe('guarantees (R-GAR-01…08)', () => {
  it('R-GAR-01 a guarantee is required above 10 SMMLV, not at exactly 10', () => {
    expect(guaranteeRequired(10 * SMMLV_2026, SMMLV_2026)).toBe(false)
    expect(guaranteeRequired(10 * SMMLV_2026 + 1, SMMLV_2026)).toBe(true)
    expect(() => assertGuaranteeWhenRequired({ obligation: 10 * SMMLV_2026, smmlv: SMMLV_2026, guarantees: 0 })).not.toThrow()
    expect(() => assertGuaranteeWhenRequired({ obligation: 10 * SMMLV_2026 + 1, smmlv: SMMLV_2026, guarantees: 1 })).not.toThrow()
    expect(violationOf(() => assertGuaranteeWhenRequired({ obligation: 10 * SMMLV_2026 + 1, smmlv: SMMLV_2026, guarantees: 0 })).ruleId).toBe('R-GAR-01')
  })

  it('R-GAR-02 coverage = principal + interest projected month by month at the rate in force + costs', () => {
    // 12 000 000 × 24% / 12 = 240 000 per month; 6 months = 1 440 000.
    const input = { principal: 12_000_000, annualRatePercent: '24', startDate: '2026-12-01', termMonths: 6, costs: 300_000 }
    expect(guaranteeCoverage({ ...input, guaranteeValues: [10_000_000, 3_000_000] })).toEqual({
      interest: 1_440_000,
      required: 13_740_000,
      covered: 13_000_000,
      shortfall: 740_000,
    })
    expect(guaranteeCoverage({ ...input, guaranteeValues: [13_740_000] }).shortfall).toBe(0)
    expect(() => assertGuaranteesCover({ ...input, guaranteeValues: [13_740_000] })).not.toThrow()
    const refusal = violationOf(() => assertGuaranteesCover({ ...input, guaranteeValues: [13_739_999] }))
    expect(refusal.ruleId).toBe('R-GAR-02')
    expect(refusal.message).toContain('faltan 1 pesos')
  })

  it('R-GAR-02 the interest already liquidated is covered too, and projected interest never runs on it (R-INT-01)', () => {
    const input = { principal: 12_000_000, accruedInterest: 500_000, annualRatePercent: '24', startDate: '2026-12-01', termMonths: 6, costs: 300_000 }
    expect(guaranteeCoverage({ ...input, guaranteeValues: [14_240_000] })).toEqual({ interest: 1_440_000, required: 14_240_000, covered: 14_240_000, shortfall: 0 })
    expect(violationOf(() => assertGuaranteesCover({ ...input, guaranteeValues: [14_239_999] }))).toMatchObject({ ruleId: 'R-GAR-02', status: 409 })
  })

  it('R-GAR-02 a guarantee backs an agreement of its own case', () => {
    expect(() => assertGuaranteeOnAgreementCase({ guaranteeCase: 4, agreementCase: '4' })).not.toThrow()
    expect(violationOf(() => assertGuaranteeOnAgreementCase({ guaranteeCase: 4, agreementCase: 5 }))).toMatchObject({ ruleId: 'R-GAR-02', path: 'agreement' })
  })

  it('R-GAR-03 perfected before granting, except a list of assets; a perfection needs its (past) date', () => {
    expect(() => assertGuaranteesPerfected([{ kind: 'RELACION_BIENES', status: 'PROPUESTA' }, { kind: 'GARANTIA_BANCARIA', status: 'PERFECCIONADA' }])).not.toThrow()
    const pending = violationOf(() => assertGuaranteesPerfected([{ id: 7, kind: 'HIPOTECA', status: 'PROPUESTA' }]))
    expect([pending.ruleId, pending.status, pending.message.includes('7')]).toEqual(['R-GAR-03', 409, true])
    const today = '2026-12-01'
    expect(violationOf(() => assertPerfectionRecorded({ kind: 'GARANTIA_BANCARIA', status: 'PERFECCIONADA', today })).path).toBe('perfectedOn')
    expect(violationOf(() => assertPerfectionRecorded({ kind: 'GARANTIA_BANCARIA', status: 'PERFECCIONADA', perfectedOn: '2026-12-02', today })).ruleId).toBe('R-GAR-03')
    expect(violationOf(() => assertPerfectionRecorded({ kind: 'RELACION_BIENES', status: 'PERFECCIONADA', perfectedOn: today, today })).ruleId).toBe('R-GAR-03')
    expect(() => assertPerfectionRecorded({ kind: 'GARANTIA_BANCARIA', status: 'PERFECCIONADA', perfectedOn: today, today })).not.toThrow()
    expect(() => assertPerfectionRecorded({ kind: 'HIPOTECA', status: 'PROPUESTA', today })).not.toThrow()
  })

  it('R-GAR-04 every admissible kind passes; a mortgage only in first degree', () => {
    for (const { value } of ADMISSIBLE_KINDS) {
      expect(() => assertAdmissibleKind({ kind: value, mortgageDegree: 1, debtorIsLegalPerson: false })).not.toThrow()
    }
    expect(violationOf(() => assertAdmissibleKind({ kind: 'HIPOTECA', mortgageDegree: 2, debtorIsLegalPerson: false })).ruleId).toBe('R-GAR-04')
    expect(violationOf(() => assertAdmissibleKind({ kind: 'CHEQUE', debtorIsLegalPerson: false })).ruleId).toBe('R-GAR-04')
  })

  it('R-GAR-05 inadmissible kinds are refused with their reason (shares refused); no guarantor home for a company', () => {
    const shares = violationOf(() => assertAdmissibleKind({ kind: 'ACCIONES', debtorIsLegalPerson: false }))
    expect([shares.ruleId, shares.path, shares.message]).toEqual(['R-GAR-05', 'kind', 'Garantía no admisible: las acciones no son garantía admisible (manual §8.30).'])
    for (const { value } of INADMISSIBLE_KINDS) {
      expect(violationOf(() => assertAdmissibleKind({ kind: value, debtorIsLegalPerson: false })).ruleId).toBe('R-GAR-05')
    }
    const home = { kind: 'HIPOTECA', mortgageDegree: 1, guarantorOwnHome: true }
    expect(violationOf(() => assertAdmissibleKind({ ...home, debtorIsLegalPerson: true })).ruleId).toBe('R-GAR-05')
    expect(() => assertAdmissibleKind({ ...home, debtorIsLegalPerson: false })).not.toThrow()
  })

  describe('R-GAR-06 appraisal', () => {
    const today = '2026-12-01'
    const base: AppraisalFacts = {
      kind: 'HIPOTECA',
      goodsType: 'INMUEBLE',
      appraiserName: 'Lonja de Bogotá',
      appraiserId: '860012345',
      appraiserIsStaff: false,
      date: '2026-06-15',
      value: 200_000_000,
      obligationTotal: 50_000_000,
      today,
    }

    it('R-GAR-06 an appraisal exactly 12 months old is valid; 12 months and a day, or 13 months, is refused', () => {
      expect(appraisalStillValid('2025-12-01', today)).toBe(true)
      expect(appraisalStillValid('2025-11-30', today)).toBe(false)
      expect(appraisedValue({ ...base, date: '2025-12-01' })).toBe(200_000_000)
      const old = violationOf(() => appraisedValue({ ...base, date: '2025-11-01' }))
      expect([old.ruleId, old.path]).toEqual(['R-GAR-06', 'appraisal.date'])
    })

    it('R-GAR-06 the appraiser is named and not company staff; date and value are required', () => {
      expect(violationOf(() => appraisedValue({ ...base, appraiserIsStaff: true })).path).toBe('appraisal.appraiserIsStaff')
      expect(violationOf(() => appraisedValue({ ...base, appraiserId: null })).path).toBe('appraisal.appraiserName')
      expect(violationOf(() => appraisedValue({ ...base, date: null })).path).toBe('appraisal.date')
      expect(violationOf(() => appraisedValue({ ...base, date: '2026-12-02' })).path).toBe('appraisal.date')
      expect(violationOf(() => appraisedValue({ ...base, value: 0 })).path).toBe('appraisal.value')
      expect(appraisedValue({ ...base, kind: 'GARANTIA_BANCARIA' })).toBeUndefined()
    })

    it('R-GAR-06 a vehicle may use the magazine value once inspected', () => {
      const vehicle = { ...base, kind: 'PRENDA_SIN_TENENCIA', goodsType: 'VEHICULO', value: null, appraiserName: null, magazineValue: 45_000_000 }
      expect(violationOf(() => appraisedValue(vehicle)).path).toBe('inspection.inspectedOn')
      expect(appraisedValue({ ...vehicle, inspectedOn: '2026-11-20' })).toBe(45_000_000)
    })

    it('R-GAR-06 real estate may use the cadastral value only above the agreement total', () => {
      const land = { ...base, value: null, appraiserName: null, cadastralValue: 50_000_000 }
      expect(violationOf(() => appraisedValue(land)).path).toBe('appraisal.cadastralValue')
      expect(appraisedValue({ ...land, cadastralValue: 50_000_001 })).toBe(50_000_001)
    })
  })

  it('R-GAR-07 goods under another lien need the creditor informed; instead of embargoed goods, one worth as much', () => {
    expect(violationOf(() => assertEncumbrancesHandled({ underOtherLien: true, lienCreditor: 'Banco X', embargoedValue: 0, value: 1 })).ruleId).toBe('R-GAR-07')
    expect(() => assertEncumbrancesHandled({ underOtherLien: true, lienCreditor: 'Banco X', creditorInformedOn: '2026-11-02', embargoedValue: 0, value: 1 })).not.toThrow()
    expect(violationOf(() => assertEncumbrancesHandled({ embargoedValue: 30_000_000, value: 29_999_999 })).ruleId).toBe('R-GAR-07')
    expect(() => assertEncumbrancesHandled({ embargoedValue: 30_000_000, value: 30_000_000 })).not.toThrow()
    expect(() => assertEncumbrancesHandled({ goodsAlreadyEmbargoed: true, embargoedValue: 30_000_000, value: 10 })).not.toThrow()
  })

  it('R-GAR-08 substitution only by the collections manager (coordinator), with a reason, for equal or greater value', () => {
    const ok = { role: ROLES.collectionsManager, reason: 'El inmueble fue afectado por inundación', previousStatus: 'PERFECCIONADA', previousValue: 100, value: 100 }
    expect(() => assertSubstitutionAllowed(ok)).not.toThrow()
    for (const role of [ROLES.admin, ROLES.branchManager, ROLES.executorOfficer, ROLES.legalManager]) {
      const refusal = violationOf(() => assertSubstitutionAllowed({ ...ok, role }))
      expect([refusal.ruleId, refusal.status]).toEqual(['R-GAR-08', 403])
    }
    expect(violationOf(() => assertSubstitutionAllowed({ ...ok, reason: '  ' })).path).toBe('substitution.reason')
    expect(violationOf(() => assertSubstitutionAllowed({ ...ok, value: 99 })).message).toContain('igual o superior')
    expect(violationOf(() => assertSubstitutionAllowed({ ...ok, previousStatus: 'SUSTITUIDA' })).status).toBe(409)
  })
})
