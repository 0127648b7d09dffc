import { describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { missingChecklistItems } from '@/rules/cases/coactiveChecklist'
import { assertEligibleForCoactive, mustStayPersuasive, smmlvOn } from '@/rules/cases/coactiveEligibility'
import { assertMaySign } from '@/rules/cases/competence'
import { assertEmbargoWithinLimit, embargoLimit } from '@/rules/cases/embargoLimit'
import { assertFollowUpContactInTime, followUpSchedule } from '@/rules/cases/followUpContacts'
import { assertLcdInTime, lcdDeadline } from '@/rules/cases/lcdDeadline'
import { defaultNoticeDeadline } from '@/rules/cases/persuasiveNotices'
import { auctionTerms } from '@/rules/cases/auction'

const wages = [
  { year: 2025, amount: 1_423_500 },
  { year: 2026, amount: 1_750_905 },
]

describe('R-COB-07 coactive eligibility', () => {
  it('R-COB-07 keeps an unlocatable debtor under 1 SMMLV in persuasive', () => {
    expect(mustStayPersuasive({ totalDebt: 1_750_904, cannotBeLocated: true, smmlv: smmlvOn('2026-03-02', wages) })).toBe(true)
    expect(mustStayPersuasive({ totalDebt: 1_750_905, cannotBeLocated: true, smmlv: smmlvOn('2026-03-02', wages) })).toBe(false)
    expect(mustStayPersuasive({ totalDebt: 10, cannotBeLocated: false, smmlv: smmlvOn('2026-03-02', wages) })).toBe(false)
  })

  it('R-COB-07 uses the SMMLV of the year in force, from the settings', () => {
    expect(smmlvOn('2025-12-31', wages)).toBe(1_423_500)
    expect(() => smmlvOn('2027-01-04', wages)).toThrow(expect.objectContaining({ ruleId: 'R-COB-07' }))
  })

  it('R-COB-07 coactive only for at least 1 SMMLV and more than 90 days past due', () => {
    const ok = { totalDebt: 1_750_905, cannotBeLocated: false, oldestDueDate: '2026-01-31', today: '2026-05-02', smmlv: 1_750_905 }
    expect(() => assertEligibleForCoactive(ok)).not.toThrow() // 91 days
    expect(() => assertEligibleForCoactive({ ...ok, today: '2026-05-01' })).toThrow(/90 días/) // 90 days
    expect(() => assertEligibleForCoactive({ ...ok, totalDebt: 1_750_904 })).toThrow(/1 SMMLV/)
  })
})

describe('R-COB-08 checklist', () => {
  it('R-COB-08 lists what is missing, with the items each case needs', () => {
    expect(missingChecklistItems({}, { isRecovery: false, notifiedByNotice: false, appealFiled: false })).toEqual([
      'Soporte de las gestiones persuasivas y prejurídicas',
      'Detalle de la deuda por periodo y cotizante',
      'Citación con su guía de envío y constancia de recibido',
      'Original de la Liquidación Certificada de Deuda',
      'Acta de notificación con sus soportes',
    ])
    const full = { persuasiveEvidence: true, debtDetailByPeriod: true, citationWithReceipt: true, originalLcd: true, notificationRecord: true }
    expect(missingChecklistItems(full, { isRecovery: false, notifiedByNotice: false, appealFiled: false })).toEqual([])
    expect(missingChecklistItems(full, { isRecovery: true, notifiedByNotice: true, appealFiled: true })).toEqual([
      'Facturas y soportes de pago del recobro',
      'Relación en Excel de las facturas y soportes del recobro',
      'Aviso original (la LCD no se notificó personalmente)',
      'Resolución que decidió el recurso de reposición',
    ])
  })
})

describe('R-COB-03 LCD within six months', () => {
  it('R-COB-03 sets the limit six months after the payment deadline, clamping month ends', () => {
    expect(lcdDeadline('2026-01-31')).toBe('2026-07-31')
    expect(lcdDeadline('2025-08-31')).toBe('2026-02-28')
    expect(() => assertLcdInTime({ oldestDueDate: '2025-08-31', issuedOn: '2026-02-28' })).not.toThrow()
    expect(() => assertLcdInTime({ oldestDueDate: '2025-08-31', issuedOn: '2026-03-02' })).toThrow(
      expect.objectContaining({ ruleId: 'R-COB-03' }),
    )
  })
})

describe('R-ROL-03 / R-ROL-05 signatures', () => {
  it('R-ROL-03 only branch managers and the collections manager sign citations and notices', () => {
    for (const act of ['LCD', 'CITACION', 'AVISO'] as const) {
      expect(() => assertMaySign(ROLES.externalFirm, act)).toThrow(/firma externa puede proyectar/)
      expect(() => assertMaySign(ROLES.branchManager, act)).not.toThrow()
      expect(() => assertMaySign(ROLES.collectionsManager, act)).not.toThrow()
    }
  })

  it('R-ROL-05 only the executor officer signs payment orders and measures', () => {
    for (const act of ['MANDAMIENTO', 'MEDIDA_CAUTELAR', 'SUSPENSION', 'REPORTE_BDME'] as const) {
      expect(() => assertMaySign(ROLES.branchManager, act)).toThrow(expect.objectContaining({ ruleId: 'R-ROL-05', status: 403 }))
      expect(() => assertMaySign(ROLES.executorOfficer, act)).not.toThrow()
    }
  })
})

describe('R-COB-06 follow-up contacts', () => {
  it('R-COB-06 first within 15 days, second within 30 of the first and 45 overall, coactive within five months', () => {
    expect(followUpSchedule({ finalOn: '2026-01-20' })).toEqual({
      firstContactDeadline: '2026-02-04',
      secondContactDeadline: '2026-03-06',
      coactiveStartDeadline: '2026-08-06',
    })
    expect(followUpSchedule({ finalOn: '2026-01-20', firstContactOn: '2026-02-03' }).secondContactDeadline).toBe('2026-03-05')
    // Across the year end: final 20 Dec 2026 → first by 4 Jan 2027, both by 3 Feb 2027.
    expect(followUpSchedule({ finalOn: '2026-12-20', firstContactOn: '2026-12-28' })).toEqual({
      firstContactDeadline: '2027-01-04',
      secondContactDeadline: '2027-01-27',
      coactiveStartDeadline: '2027-07-03',
    })
  })

  it('R-COB-06 refuses contacts out of order', () => {
    expect(() => assertFollowUpContactInTime({ finalOn: '2026-01-20', firstContactOn: '2026-01-19' })).toThrow(/firmeza/)
    expect(() => assertFollowUpContactInTime({ finalOn: '2026-01-20', secondContactOn: '2026-02-01' })).toThrow(/primer contacto/)
  })
})

describe('R-COB-14 embargo limit', () => {
  it('R-COB-14 refuses measures over twice the debt plus interest', () => {
    expect(embargoLimit({ capital: 3_000_000, interest: 250_000 })).toBe(6_500_000)
    expect(() => assertEmbargoWithinLimit({ capital: 3_000_000, interest: 250_000, measureAmounts: [4_000_000, 2_500_000] })).not.toThrow()
    expect(() => assertEmbargoWithinLimit({ capital: 3_000_000, interest: 250_000, measureAmounts: [4_000_000, 2_500_001] })).toThrow(
      expect.objectContaining({ ruleId: 'R-COB-14', message: expect.stringContaining('$ 6.500.000') }),
    )
  })
})

describe('R-COB-02 default notice', () => {
  it('R-COB-02 the default notice goes by the 10th of the next month, or a month after identification if earlier', () => {
    expect(defaultNoticeDeadline({ arisenOn: '2026-01-31', identifiedOn: '2026-02-02' })).toBe('2026-02-10')
    expect(defaultNoticeDeadline({ arisenOn: '2026-12-15', identifiedOn: '2026-12-01' })).toBe('2027-01-01')
  })
})

describe('R-COB-16 auction', () => {
  it('R-COB-16 base bid 70 %, deposit 40 %, balance and approval within five days', () => {
    expect(auctionTerms({ appraisal: 120_000_001, auctionOn: '2026-12-15', announcedOn: '2026-11-29' })).toEqual({
      baseBid: 84_000_001,
      deposit: 48_000_001,
      balanceDueBy: '2026-12-20',
      approvalDueBy: '2026-12-20',
    })
  })

  it('R-COB-16 the list is published on a Sunday at least ten days before', () => {
    expect(() => auctionTerms({ appraisal: 1_000_000, auctionOn: '2026-12-15', announcedOn: '2026-11-30' })).toThrow(/domingo/)
    expect(() => auctionTerms({ appraisal: 1_000_000, auctionOn: '2026-12-15', announcedOn: '2026-12-06' })).toThrow(/diez días/)
  })
})
