import { describe, expect, it } from 'vitest'

import { agreementNumber, agreementTitle, bdmeObligationOfAgreement, instalmentLabel } from '@/rules/agreements/agreementTitle'

describe('how an agreement is named', () => {
  it('R-AGR-12 the BDME obligation of a defaulted agreement says "Acuerdo de pago" once, with its number and grant day', () => {
    const text = bdmeObligationOfAgreement({ id: 17, approvedOn: '2026-11-03T12:00:00.000Z' })
    expect(text).toBe('Acuerdo de pago No. 17 concedido el 03/11/2026')
    expect(text.match(/acuerdo de pago/gi)).toHaveLength(1)
    expect(bdmeObligationOfAgreement({ id: 4, approvedOn: null })).toBe('Acuerdo de pago No. 4')
  })

  it('R-AGR-08 the title is the case title (debtor ID · name) and the status, never the case id alone', () => {
    expect(agreementTitle({ caseTitle: '900123456 · Constructora Ejemplo S.A.S.', caseId: 17, status: 'APROBADO' })).toBe(
      '900123456 · Constructora Ejemplo S.A.S. · Aprobado / vigente',
    )
    expect(agreementTitle({ caseTitle: '900123456 · Constructora', caseId: 17, status: 'SIN_VIGENCIA' })).toBe('900123456 · Constructora · Sin vigencia (incumplido)')
    expect(agreementTitle({ caseTitle: null, caseId: 17, status: undefined })).toBe('Expediente 17 · Solicitado')
  })

  it('R-AGR-08 an instalment is labelled by its agreement number, which does not change with the status', () => {
    expect(instalmentLabel(17, 0)).toBe('Acuerdo No. 17 · cuota 0')
    expect(agreementNumber(5)).toBe('No. 5')
  })
})
