import { describe, expect, it } from 'vitest'

import { signedActCasePatch } from '@/rules/acts/signedActLink'
import { assertCitationActSigned, assertCitationAddress, citationDaysToAppear, citationEmailDue, citationFactsOf } from '@/rules/notices/citationEmail'
import { assertNoticeActSigned } from '@/rules/notices/noticeAct'
import { RuleViolation } from '@/rules/ruleViolation'

const refusalOf = (run: () => unknown): RuleViolation => {
  try {
    run()
  } catch (error) {
    if (error instanceof RuleViolation) return error
    throw error
  }
  throw new Error('Se esperaba un rechazo')
}

describe('the notice carries the signed act', () => {
  it('R-NOT-02 a draft generated act is refused on a notice (409, on the document field)', () => {
    const refusal = refusalOf(() => assertNoticeActSigned({ actKind: 'LCD', actStatus: 'BORRADOR' }))
    expect([refusal.ruleId, refusal.status, refusal.path]).toEqual(['R-NOT-02', 409, 'document'])
    expect(refusal.message).toContain('borrador')
  })

  it('R-NOT-02 a signed act, an uploaded PDF that is not a generated act, or no document pass', () => {
    expect(() => assertNoticeActSigned({ actKind: 'LCD', actStatus: 'FIRMADO' })).not.toThrow()
    expect(() => assertNoticeActSigned({ actKind: null, actStatus: null })).not.toThrow()
    expect(() => assertNoticeActSigned(null)).not.toThrow()
  })
})

describe('the citation by e-mail', () => {
  const byMail = { citationChannel: 'CORREO_ELECTRONICO', citationEmail: 'deudor@test.co', citationSentOn: '2026-12-01' }

  it('R-NOT-03 is due when the day sent is newly recorded for the e-mail channel, not again for the same day, never by post', () => {
    expect(citationEmailDue(byMail, null)).toBe(true)
    expect(citationEmailDue(byMail, { ...byMail, citationSentOn: null })).toBe(true)
    expect(citationEmailDue(byMail, byMail)).toBe(false)
    expect(citationEmailDue({ ...byMail, citationChannel: 'CORREO_CERTIFICADO' }, null)).toBe(false)
    expect(citationEmailDue({ ...byMail, citationSentOn: null }, null)).toBe(false)
    expect(citationFactsOf({ ...byMail, citationSentOn: '2026-12-01T17:00:00.000Z' }).citationSentOn).toBe('2026-12-01')
  })

  it('R-NOT-03 carries a signed act in PDF: a draft, a missing document or an image is refused (409)', () => {
    for (const act of [{ actKind: 'LCD', actStatus: 'BORRADOR', mimeType: 'application/pdf' }, null, { actKind: null, actStatus: null, mimeType: 'image/png' }]) {
      const refusal = refusalOf(() => assertCitationActSigned(act))
      expect([refusal.ruleId, refusal.status]).toEqual(['R-NOT-03', 409])
    }
    expect(() => assertCitationActSigned({ actKind: 'LCD', actStatus: 'FIRMADO', mimeType: 'application/pdf' })).not.toThrow()
    expect(() => assertCitationActSigned({ actKind: null, actStatus: null, mimeType: 'application/pdf' })).not.toThrow()
  })

  it('R-NOT-01 names the registered e-mail it goes to', () => {
    expect(refusalOf(() => assertCitationAddress({ ...byMail, citationEmail: ' ' })).ruleId).toBe('R-NOT-01')
    expect(() => assertCitationAddress(byMail)).not.toThrow()
  })

  it('R-COB-04 R-COB-10 five business days to appear for the LCD, ten for the payment order', () => {
    expect(citationDaysToAppear('LCD')).toBe(5)
    expect(citationDaysToAppear('MANDAMIENTO_DE_PAGO')).toBe(10)
  })
})

describe('the signed act on the case', () => {
  it('R-COB-08 signing the LCD in draft moves the case to LCD_FIRMADA with the document', () => {
    expect(signedActCasePatch('LCD', { subState: 'LCD_EN_PROYECTO', lcd: {} }, 7)).toEqual({ subState: 'LCD_FIRMADA', lcd: { document: 7 } })
  })

  it('R-COB-08 an LCD already issued is linked; a payment order once issued', () => {
    expect(signedActCasePatch('LCD', { subState: 'EN_NOTIFICACION', lcd: { issuedOn: '2026-06-01' } }, 7)).toEqual({ lcd: { document: 7 } })
    expect(signedActCasePatch('MANDAMIENTO', { subState: 'MANDAMIENTO_LIBRADO', paymentOrder: { issuedOn: '2026-09-01' } }, 8)).toEqual({ paymentOrder: { document: 8 } })
    expect(signedActCasePatch('MANDAMIENTO', { subState: 'EN_FIRME', paymentOrder: {} }, 8)).toBeNull()
  })

  it('R-COB-17 a record that holds a document keeps it; acts with no record on the case change nothing', () => {
    expect(signedActCasePatch('LCD', { subState: 'EN_NOTIFICACION', lcd: { issuedOn: '2026-06-01', document: 3 } }, 7)).toBeNull()
    expect(signedActCasePatch('MANDAMIENTO', { paymentOrder: { issuedOn: '2026-09-01', document: 4 } }, 8)).toBeNull()
    expect(signedActCasePatch('CITACION', { subState: 'LCD_FIRMADA', lcd: { issuedOn: '2026-06-01' } }, 9)).toBeNull()
  })
})
