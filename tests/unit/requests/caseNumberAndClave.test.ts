import { describe, expect, it } from 'vitest'

import { caseYearOf, formatCaseNumber } from '@/rules/requests/caseNumber'
import { classifyClientLookup } from '@/rules/requests/clientLookup'
import { assertClaveForFiling } from '@/rules/requests/requestClave'
import { assertProductData } from '@/rules/requests/requestProduct'
import { violationOf } from '../helpers/violationOf'

describe('R-REQ-06 case numbers', () => {
  it('R-REQ-06 formats COL_<year>_<sequence>', () => {
    expect(formatCaseNumber(2026, 890)).toBe('COL_2026_890')
    expect(() => formatCaseNumber(2026, 0)).toThrow(RangeError)
  })

  it('R-REQ-06 takes the Bogota year: 1 January 03:00 UTC is still 31 December in Bogotá', () => {
    expect(caseYearOf(new Date('2027-01-01T03:00:00Z'))).toBe(2026)
    expect(caseYearOf(new Date('2027-01-01T05:00:00Z'))).toBe(2027)
  })
})

describe('R-REQ-02 client lookup and the clave', () => {
  it('R-REQ-02 a client of another clave reads exactly like an unknown one', () => {
    expect(classifyClientLookup({ party: null, clave: '700', policiesInForce: 0 }).message).toBe('DATOS NO ENCONTRADOS')
    expect(classifyClientLookup({ party: { claves: ['800'] }, clave: '700', policiesInForce: 3 }).message).toBe('DATOS NO ENCONTRADOS')
  })

  it('R-REQ-02 tells a client with no policies in force from one that has them', () => {
    expect(classifyClientLookup({ party: { claves: ['700'] }, clave: '700', policiesInForce: 0 }).result).toBe('SIN_POLIZAS_VIGENTES')
    expect(classifyClientLookup({ party: { claves: ['700'] }, clave: '700', policiesInForce: 1 }).result).toBe('ENCONTRADO')
  })

  it("R-ROL-02 a broker files only under its own clave; staff under any well-formed one", () => {
    expect(assertClaveForFiling({ clave: ' 70001 ', isBroker: true, brokerClaves: ['70001'] })).toBe('70001')
    const v = violationOf(() => assertClaveForFiling({ clave: '80001', isBroker: true, brokerClaves: ['70001'] }))
    expect(v.status).toBe(403)
    expect(assertClaveForFiling({ clave: '80001', isBroker: false })).toBe('80001')
    expect(violationOf(() => assertClaveForFiling({ clave: 'abc', isBroker: false })).ruleId).toBe('R-ROL-02')
  })
})

describe('R-REQ-03 product data', () => {
  const base = { policyType: 'INDIVIDUAL', policyNumber: ' 123456 ', certificate: '', lineOfBusiness: 'AU-TOTAL-CAR' }

  it('R-REQ-03 a vehicle line needs a valid plate and stores it normalized', () => {
    expect(assertProductData({ ...base, plate: 'wmk-061' }, true)).toMatchObject({ plate: 'WMK061', policyNumber: '123456', certificate: '0' })
    expect(violationOf(() => assertProductData(base, true)).message).toMatch(/placa es obligatoria/)
    expect(violationOf(() => assertProductData({ ...base, plate: 'WM061' }, true)).ruleId).toBe('R-REQ-03')
  })

  it('R-REQ-03 refuses a plate on a non-vehicle line', () => {
    const v = violationOf(() => assertProductData({ ...base, lineOfBusiness: 'HOGAR', plate: 'WMK061' }, true))
    expect(v.message).toBe('La placa solo aplica a ramos de vehículos.')
  })

  it('R-REQ-03 names the missing product fields when the subtype asks for them', () => {
    expect(violationOf(() => assertProductData({}, true)).message).toBe('Faltan datos del producto: tipo de póliza, número de póliza, ramo.')
    expect(assertProductData({}, false).plate).toBeNull()
  })
})
