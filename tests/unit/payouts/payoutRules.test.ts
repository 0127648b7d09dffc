import { describe, expect, it } from 'vitest'

import { PASSWORD_RULE } from '@/rules/auth/passwordPolicy'
import { groupImportRows, parseImportRow } from '@/rules/payouts/importRows'
import { checkInvoiceFigures } from '@/rules/payouts/invoiceFields'
import { checkPaymentForm, shownBankFields } from '@/rules/payouts/paymentForm'
import { parsePaymentPeriod, toDisplayDate } from '@/rules/payouts/period'
import { parseProviderNit } from '@/rules/payouts/providerNit'
import { checkRegistration, type RegistrationFacts } from '@/rules/payouts/registration'
import { violationOf } from '../helpers/violationOf'

describe('provider NIT', () => {
  it('R-PAY-01 a NIT with its DIAN check digit is accepted, as its base, suffixed or given apart', () => {
    expect(parseProviderNit('900.123.456-8')).toBe('900123456')
    expect(parseProviderNit('900123456', 8)).toBe('900123456')
  })

  it('R-PAY-01 a wrong or missing check digit is refused under R-PAY-01 with the digit it should be', () => {
    const wrong = violationOf(() => parseProviderNit('900123456-7'))
    expect(wrong.ruleId).toBe('R-PAY-01')
    expect(wrong.message).toContain('debe ser 8, no 7')
    expect(violationOf(() => parseProviderNit('900123456')).message).toContain('Falta el dígito de verificación')
    expect(violationOf(() => parseProviderNit('12AB')).ruleId).toBe('R-PAY-01')
  })
})

describe('payment period dd/MM/yyyy', () => {
  it('R-PAY-02 a valid period becomes ISO dates, and back', () => {
    expect(parsePaymentPeriod('01/01/2018', '31/01/2018')).toEqual({ from: '2018-01-01', to: '2018-01-31' })
    expect(parsePaymentPeriod(' 29/02/2024', '27/02/2025')).toEqual({ from: '2024-02-29', to: '2025-02-27' })
    expect(violationOf(() => parsePaymentPeriod('29/02/2024', '28/02/2025')).message).toContain('un año o más')
    expect(toDisplayDate('2026-03-09')).toBe('09/03/2026')
  })

  it('R-PAY-02 a wrong format is refused, naming the format', () => {
    for (const text of ['2026-01-01', '1/1/2026', '01-01-2026', '', '01/01/26']) {
      const v = violationOf(() => parsePaymentPeriod(text, '31/01/2026'))
      expect(v.ruleId).toBe('R-PAY-02')
      expect(v.message).toContain('dd/MM/aaaa')
    }
  })

  it('R-PAY-02 an impossible date such as 31/02/2026 is refused', () => {
    for (const text of ['31/02/2026', '29/02/2025', '00/01/2026', '15/13/2026', '31/04/2026']) {
      const v = violationOf(() => parsePaymentPeriod('01/01/2026', text))
      expect(v.ruleId).toBe('R-PAY-02')
      expect(v.message).toBe(`La fecha final ${text} no existe en el calendario.`)
    }
  })

  it('R-PAY-02 an inverted range is refused', () => {
    const v = violationOf(() => parsePaymentPeriod('31/01/2026', '01/01/2026'))
    expect(v.message).toContain('invertido')
  })

  it('R-PAY-02 a period starting before 2017 is refused; 01/01/2017 is the first day served', () => {
    expect(violationOf(() => parsePaymentPeriod('31/12/2016', '15/01/2017')).message).toContain('desde el 01/01/2017')
    expect(violationOf(() => parsePaymentPeriod('01/01/2016', '31/01/2016')).message).toContain('desde el 01/01/2017')
    expect(parsePaymentPeriod('01/01/2017', '31/01/2017').from).toBe('2017-01-01')
  })

  it('R-PAY-02 a period of a year or more is refused; a year less a day is the longest', () => {
    expect(parsePaymentPeriod('01/01/2026', '31/12/2026').to).toBe('2026-12-31')
    expect(violationOf(() => parsePaymentPeriod('01/01/2026', '01/01/2027')).message).toContain('un año o más')
    expect(violationOf(() => parsePaymentPeriod('15/03/2025', '20/06/2026')).message).toContain('un año o más')
  })
})

describe('payment form', () => {
  const dispersion = { paymentForm: 'DISPERSION', bankName: 'BANCOLOMBIA', accountType: 'CORRIENTE', accountNumber: '12345678901' }

  it('R-PAY-02 a dispersión carries bank, account type and number, and shows them', () => {
    expect(() => checkPaymentForm(dispersion)).not.toThrow()
    expect(shownBankFields(dispersion)).toEqual({ bankName: 'BANCOLOMBIA', accountType: 'Corriente', accountNumber: '12345678901' })
  })

  it('R-PAY-02 a dispersión without a bank field is refused, naming what is missing', () => {
    const v = violationOf(() => checkPaymentForm({ ...dispersion, bankName: ' ', accountNumber: null }))
    expect(v.ruleId).toBe('R-PAY-02')
    expect(v.message).toBe('Un pago por dispersión necesita el banco, el número de cuenta.')
    expect(violationOf(() => checkPaymentForm({ ...dispersion, accountType: 'CDT' })).message).toContain('Ahorros o Corriente')
  })

  it('R-PAY-02 a giro directo/cesión has no bank fields and shows N/A in each', () => {
    const giro = { paymentForm: 'GIRO_DIRECTO_CESION' }
    expect(() => checkPaymentForm(giro)).not.toThrow()
    expect(shownBankFields(giro)).toEqual({ bankName: 'N/A', accountType: 'N/A', accountNumber: 'N/A' })
    expect(violationOf(() => checkPaymentForm({ ...giro, bankName: 'BANCOLOMBIA' })).message).toContain('no lleva banco')
  })

  it('R-PAY-02 an unknown payment form is refused', () => {
    expect(violationOf(() => checkPaymentForm({ paymentForm: 'CHEQUE' })).message).toContain('Dispersión o Giro Directo/Cesión')
  })
})

describe('invoice tax and crossing fields', () => {
  const invoice = { invoiceValue: 1_000_000, netValue: 950_000, paidAmount: 900_000, retefuente: 20_000, reteica: 10_000, reteiva: 5_000 }

  it('R-PAY-04 whole pesos with a complete crossing are accepted', () => {
    expect(() => checkInvoiceFigures({ ...invoice, crossingDate: '2026-01-29', crossingDocument: 'CE-10982', crossingValue: 900_000 })).not.toThrow()
    expect(() => checkInvoiceFigures(invoice)).not.toThrow()
  })

  it('R-PAY-04 an amount with centavos or negative is refused, naming its column', () => {
    expect(violationOf(() => checkInvoiceFigures({ ...invoice, vat: 19.5 })).message).toContain('IVA debe ser un valor entero')
    expect(violationOf(() => checkInvoiceFigures({ ...invoice, copayment: -1 })).message).toContain('Copago')
  })

  it('R-PAY-04 a crossing without its date, document or value is refused; an impossible crossing date too', () => {
    expect(violationOf(() => checkInvoiceFigures({ ...invoice, crossingDocument: 'CE-1', crossingValue: 5 })).message).toContain('completo')
    expect(violationOf(() => checkInvoiceFigures({ ...invoice, crossingDate: '2026-01-29' })).ruleId).toBe('R-PAY-04')
    expect(
      violationOf(() => checkInvoiceFigures({ ...invoice, crossingDate: '2026-02-31', crossingDocument: 'CE-1', crossingValue: 5 })).message,
    ).toContain('no es una fecha válida')
  })

  it('R-PAY-04 withholdings above the invoice value are refused', () => {
    expect(violationOf(() => checkInvoiceFigures({ ...invoice, retefuente: 990_000 })).message).toContain('retenciones')
  })
})

describe('provider registration', () => {
  const entry = { nit: '900581247', representativeId: '79.456.123', habilitationCodes: ['080010012301', '080010012302'] }
  const facts: RegistrationFacts = {
    entry,
    nit: '900581247',
    habilitationCode: '080010012302',
    representativeId: '79456123',
    policiesAccepted: true,
    password: 'Girasol-Tranvía-Bahía-77!',
    passwordConfirmation: 'Girasol-Tranvía-Bahía-77!',
    name: 'Clínica Ejemplo',
    email: 'pagos@clinica.co',
  }

  it('R-PAY-01 a registration that satisfies every check returns its registry entry', () => {
    expect(checkRegistration(facts)).toBe(entry)
  })

  it('R-PAY-01 a NIT not in the registry is refused', () => {
    expect(violationOf(() => checkRegistration({ ...facts, entry: null })).message).toContain('no está en el registro de prestadores')
  })

  it('R-PAY-01 a habilitación code of another provider is refused', () => {
    expect(violationOf(() => checkRegistration({ ...facts, habilitationCode: '999' })).message).toContain('no pertenece')
  })

  it('R-PAY-01 the representative ID is compared as the registry holds it (no "1" appended)', () => {
    expect(violationOf(() => checkRegistration({ ...facts, representativeId: '794561231' })).message).toContain('representante legal')
    expect(checkRegistration({ ...facts, representativeId: '79 456 123' })).toBe(entry)
  })

  it('R-PAY-01 policies not accepted are refused', () => {
    expect(violationOf(() => checkRegistration({ ...facts, policiesAccepted: false })).message).toContain('aceptar las políticas')
  })

  it('R-PAY-01 passwords that differ are refused before the password policy', () => {
    expect(violationOf(() => checkRegistration({ ...facts, passwordConfirmation: 'otra' })).message).toContain('no coinciden')
  })

  it('R-PAY-01 a weak password is refused by the password policy (SEC-PWD)', () => {
    const v = violationOf(() => checkRegistration({ ...facts, password: 'corta', passwordConfirmation: 'corta' }))
    expect(v.ruleId).toBe(PASSWORD_RULE)
  })
})

describe('bulk load rows', () => {
  const cells = {
    'N° documento': 'CE-1',
    'Fecha de pago': '29/01/2026',
    NIT: '900123456-8',
    'Forma de pago': 'Giro Directo/Cesion',
    'Nombre del banco': 'N/A',
    'Valor pago': '1.500.000',
    'N° comprobante de pago / anticipo': 'CE-1',
    'Tipo documento': 'FACTURA',
    'Número de factura': 'FE-1',
    'Valor factura': 1_500_000,
  }

  it('R-PAY-02 a treasury row is typed: NIT base, ISO date, payment form, N/A as no bank, pesos with thousands dots', () => {
    const row = parseImportRow({ line: 2, cells })
    expect(row.payout).toMatchObject({ nit: '900123456', paidOn: '2026-01-29', paymentForm: 'GIRO_DIRECTO_CESION', bankName: null, amountPaid: 1_500_000 })
    expect(row.invoice).toMatchObject({ invoiceNumber: 'FE-1', invoiceValue: 1_500_000, paidAmount: 0 })
  })

  it('R-PAY-02 a bad row names its line and the reason', () => {
    expect(violationOf(() => parseImportRow({ line: 7, cells: { ...cells, 'Valor pago': '12,5' } })).message).toBe('Línea 7: Valor pago "12,5" no es un valor entero de pesos.')
    expect(violationOf(() => parseImportRow({ line: 8, cells: { ...cells, 'Número de factura': '' } })).message).toBe('Línea 8: falta Número de factura.')
    expect(violationOf(() => parseImportRow({ line: 9, cells: { ...cells, 'Forma de pago': 'Cheque' } })).message).toContain('Línea 9:')
  })

  it('R-PAY-02 rows of one voucher are grouped and must repeat the same voucher columns', () => {
    const a = parseImportRow({ line: 2, cells })
    const b = parseImportRow({ line: 3, cells: { ...cells, 'Número de factura': 'FE-2' } })
    expect(groupImportRows([a, b])[0]!.invoices.map((i) => [i.line, i.invoiceNumber])).toEqual([[1, 'FE-1'], [2, 'FE-2']])
    const c = parseImportRow({ line: 4, cells: { ...cells, 'Valor pago': '999' } })
    expect(violationOf(() => groupImportRows([a, c])).message).toContain('Línea 4: el comprobante CE-1 trae datos distintos a los de la línea 2')
  })
})
