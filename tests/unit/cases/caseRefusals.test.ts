import { describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { createBusinessCalendar } from '@/rules/calendar'
import { assertCaseOpening } from '@/rules/cases/caseOpening'
import { assertReasonToLeaveWorkingStages } from '@/rules/cases/closure'
import { assertCoactiveRecordsAllowed } from '@/rules/cases/coactiveRecords'
import { assertMayActInStage } from '@/rules/cases/competence'
import { assertFollowUpContactsAllowed } from '@/rules/cases/followUpContacts'
import { assertNotificationRecord } from '@/rules/cases/notificationRecord'
import { assertNewExceptionsMayRun } from '@/rules/cases/paymentOrderTerms'
import { assertSignedLcdCutOffKept } from '@/rules/cases/signedLcd'
import { violationOf } from '../helpers/violationOf'

const calendar = createBusinessCalendar()

describe('opening a case (R-COB-01, R-COB-09)', () => {
  it('R-COB-01 a case opens in persuasive collection, in its first sub-state', () => {
    expect(() => assertCaseOpening({ stage: 'PERSUASIVO', subState: 'GESTION_PERSUASIVA', debtorInsolvent: false })).not.toThrow()
    expect(violationOf(() => assertCaseOpening({ stage: 'PREJURIDICO', subState: 'LCD_EN_PROYECTO', debtorInsolvent: false }))).toMatchObject({ ruleId: 'R-COB-01', status: 409 })
    expect(violationOf(() => assertCaseOpening({ stage: 'PERSUASIVO', subState: 'CONSTITUIDO_EN_MORA', debtorInsolvent: false })).ruleId).toBe('R-COB-01')
  })

  it('R-COB-09 no case opens against an insolvent debtor', () => {
    expect(violationOf(() => assertCaseOpening({ stage: 'PERSUASIVO', subState: 'GESTION_PERSUASIVA', debtorInsolvent: true }))).toMatchObject({
      ruleId: 'R-COB-09',
      status: 409,
      message: 'El deudor está en un proceso de insolvencia: no se abre cobro, se remite al equipo de insolvencia.',
    })
  })
})

describe('leaving the working stages (R-COB-15, R-COB-09)', () => {
  const leave = { suspensionReason: null, terminationCause: null, debtorInsolvent: false }

  it('R-COB-15 suspending or terminating needs its cause, refused on that field', () => {
    expect(violationOf(() => assertReasonToLeaveWorkingStages({ ...leave, toStage: 'SUSPENDIDO' }))).toMatchObject({
      ruleId: 'R-COB-15',
      status: 400,
      path: 'closure.suspensionReason',
    })
    expect(violationOf(() => assertReasonToLeaveWorkingStages({ ...leave, toStage: 'TERMINADO' }))).toMatchObject({
      ruleId: 'R-COB-15',
      status: 400,
      path: 'closure.terminationCause',
      message: 'Indique la causa de terminación del proceso.',
    })
    expect(() => assertReasonToLeaveWorkingStages({ ...leave, toStage: 'SUSPENDIDO', suspensionReason: 'ACUERDO_DE_PAGO' })).not.toThrow()
    expect(() => assertReasonToLeaveWorkingStages({ ...leave, toStage: 'TERMINADO', terminationCause: 'PAGO_TOTAL' })).not.toThrow()
    expect(() => assertReasonToLeaveWorkingStages({ ...leave, toStage: 'PREJURIDICO' })).not.toThrow()
  })

  it('R-COB-09 a case goes to the insolvency team only with an insolvency proceeding on record', () => {
    const refusal = violationOf(() => assertReasonToLeaveWorkingStages({ ...leave, toStage: 'INSOLVENCIA' }))
    expect(refusal).toMatchObject({ ruleId: 'R-COB-09', status: 409, path: undefined })
    expect(() => assertReasonToLeaveWorkingStages({ ...leave, toStage: 'INSOLVENCIA', debtorInsolvent: true })).not.toThrow()
  })
})

describe('the signed LCD (R-COB-17)', () => {
  it('R-COB-17 once issued, its cut-off does not change (refused on lcd.cutOffDate); before, it may', () => {
    const signed = { issuedOn: '2026-06-01', storedCutOff: '2026-05-31' }
    expect(violationOf(() => assertSignedLcdCutOffKept({ ...signed, requestedCutOff: '2026-06-01' }))).toMatchObject({
      ruleId: 'R-COB-17',
      status: 409,
      path: 'lcd.cutOffDate',
    })
    expect(violationOf(() => assertSignedLcdCutOffKept({ ...signed, requestedCutOff: null })).ruleId).toBe('R-COB-17')
    expect(() => assertSignedLcdCutOffKept({ ...signed, requestedCutOff: '2026-05-31' })).not.toThrow()
    expect(() => assertSignedLcdCutOffKept({ issuedOn: null, storedCutOff: '2026-05-31', requestedCutOff: '2026-06-01' })).not.toThrow()
  })
})

describe('coactive records (R-COB-01, R-ROL-05)', () => {
  const base = { recordsChanged: true, closingOrder: false, toStage: 'COACTIVO', role: ROLES.executorOfficer as string | null }

  it('R-COB-01 the order, exceptions and measures are recorded only in the coactive stage', () => {
    expect(() => assertCoactiveRecordsAllowed(base)).not.toThrow()
    expect(violationOf(() => assertCoactiveRecordsAllowed({ ...base, toStage: 'PREJURIDICO' }))).toMatchObject({ ruleId: 'R-COB-01', status: 409 })
    expect(violationOf(() => assertCoactiveRecordsAllowed({ ...base, role: null, toStage: 'PREJURIDICO' })).ruleId).toBe('R-COB-01')
    expect(() => assertCoactiveRecordsAllowed({ ...base, recordsChanged: false, toStage: 'PREJURIDICO', role: ROLES.branchManager })).not.toThrow()
  })

  it('R-ROL-05 only the executor officer records them; the order that ends the proceeding may touch them', () => {
    expect(violationOf(() => assertCoactiveRecordsAllowed({ ...base, role: ROLES.branchManager }))).toMatchObject({ ruleId: 'R-ROL-05', status: 403 })
    expect(() => assertCoactiveRecordsAllowed({ ...base, role: ROLES.branchManager, closingOrder: true, toStage: 'TERMINADO' })).not.toThrow()
    expect(() => assertCoactiveRecordsAllowed({ ...base, role: null })).not.toThrow()
  })
})

describe('exceptions may run (R-COB-10)', () => {
  it('R-COB-10 no exception runs before the payment order is notified (refused on exceptions)', () => {
    expect(violationOf(() => assertNewExceptionsMayRun({ notifiedOn: null, filedOn: ['2026-08-10'] }, calendar))).toMatchObject({
      ruleId: 'R-COB-10',
      status: 409,
      path: 'exceptions',
      message: 'El mandamiento de pago aún no está notificado: no corren excepciones.',
    })
    expect(() => assertNewExceptionsMayRun({ notifiedOn: null, filedOn: [] }, calendar)).not.toThrow()
  })

  it('R-COB-10 each new exception is filed within the 15 business days after the notification', () => {
    expect(() => assertNewExceptionsMayRun({ notifiedOn: '2026-08-03', filedOn: ['2026-08-03', '2026-08-10'] }, calendar)).not.toThrow()
    const late = violationOf(() => assertNewExceptionsMayRun({ notifiedOn: '2026-08-03', filedOn: ['2026-08-10', '2026-12-01'] }, calendar))
    expect(late.ruleId).toBe('R-COB-10')
    expect(late.message).toMatch(/^Las excepciones se presentaron el 2026-12-01, después del vencimiento del término/)
  })
})

describe('follow-up contacts (R-COB-06)', () => {
  it('R-COB-06 contacts are recorded only after the LCD is final, on the contact field', () => {
    expect(violationOf(() => assertFollowUpContactsAllowed({ finalOn: null, firstContactOn: '2026-07-01', secondContactOn: null }))).toMatchObject({
      ruleId: 'R-COB-06',
      status: 409,
      path: 'followUp.firstContactOn',
    })
    expect(violationOf(() => assertFollowUpContactsAllowed({ finalOn: null, firstContactOn: null, secondContactOn: '2026-07-01' })).path).toBe(
      'followUp.secondContactOn',
    )
    expect(() => assertFollowUpContactsAllowed({ finalOn: null, firstContactOn: null, secondContactOn: null })).not.toThrow()
  })

  it('R-COB-06 after finality, each contact in its window', () => {
    expect(() => assertFollowUpContactsAllowed({ finalOn: '2026-07-01', firstContactOn: '2026-07-02', secondContactOn: null })).not.toThrow()
    expect(violationOf(() => assertFollowUpContactsAllowed({ finalOn: '2026-07-01', firstContactOn: '2026-06-30', secondContactOn: null }))).toMatchObject({
      ruleId: 'R-COB-06',
      status: 400,
      path: 'followUp.firstContactOn',
    })
    expect(violationOf(() => assertFollowUpContactsAllowed({ finalOn: '2026-07-01', firstContactOn: '2026-07-05', secondContactOn: '2026-07-03' })).path).toBe(
      'followUp.secondContactOn',
    )
  })
})

describe('who acts in each stage (R-ROL-05, R-ROL-01)', () => {
  it('R-ROL-05 in the coactive stage only the executor officer acts; before it, pre-coactive staff', () => {
    expect(() => assertMayActInStage(ROLES.executorOfficer, 'COACTIVO')).not.toThrow()
    expect(violationOf(() => assertMayActInStage(ROLES.branchManager, 'COACTIVO'))).toMatchObject({ ruleId: 'R-ROL-05', status: 403 })
    expect(() => assertMayActInStage(ROLES.externalFirm, 'PREJURIDICO')).not.toThrow()
    expect(violationOf(() => assertMayActInStage(ROLES.executorOfficer, 'PERSUASIVO'))).toMatchObject({ ruleId: 'R-ROL-01', status: 403 })
  })
})

describe('notification records (R-NOT-01, R-COB-04, R-ROL-03, R-ROL-05)', () => {
  const lcd = {
    storedAct: null,
    act: 'LCD',
    starting: true,
    caseSubState: 'LCD_FIRMADA',
    role: ROLES.branchManager as string | null,
    signsCitation: false,
    postsNotice: false,
  }

  it('R-NOT-01 the act of a notification never changes (refused on act)', () => {
    expect(violationOf(() => assertNotificationRecord({ ...lcd, storedAct: 'LCD', act: 'MANDAMIENTO_DE_PAGO', starting: false }))).toMatchObject({
      ruleId: 'R-NOT-01',
      status: 409,
      path: 'act',
    })
    expect(() => assertNotificationRecord({ ...lcd, storedAct: 'LCD', starting: false })).not.toThrow()
  })

  it('R-COB-04 an LCD is notified only once signed, checked when its notification starts', () => {
    expect(violationOf(() => assertNotificationRecord({ ...lcd, caseSubState: 'LCD_EN_PROYECTO' }))).toMatchObject({ ruleId: 'R-COB-04', status: 409 })
    expect(() => assertNotificationRecord({ ...lcd, caseSubState: 'EN_FIRME' })).not.toThrow()
    expect(() => assertNotificationRecord({ ...lcd, storedAct: 'LCD', starting: false, caseSubState: 'MANDAMIENTO_LIBRADO' })).not.toThrow()
  })

  it('R-ROL-03 the citation and the notice are signed by a manager; an external firm drafts only', () => {
    expect(violationOf(() => assertNotificationRecord({ ...lcd, role: ROLES.externalFirm, signsCitation: true }))).toMatchObject({ ruleId: 'R-ROL-03', status: 403 })
    expect(violationOf(() => assertNotificationRecord({ ...lcd, role: ROLES.branchProfessional, postsNotice: true })).ruleId).toBe('R-ROL-03')
    expect(() => assertNotificationRecord({ ...lcd, role: ROLES.externalFirm })).not.toThrow()
    expect(() => assertNotificationRecord({ ...lcd, signsCitation: true, postsNotice: true })).not.toThrow()
  })

  it('R-ROL-05 coactive acts are notified by the executor officer; the system may record any', () => {
    const order = { ...lcd, act: 'MANDAMIENTO_DE_PAGO', caseSubState: 'MANDAMIENTO_LIBRADO' }
    expect(violationOf(() => assertNotificationRecord(order))).toMatchObject({ ruleId: 'R-ROL-05', status: 403 })
    expect(() => assertNotificationRecord({ ...order, role: ROLES.executorOfficer })).not.toThrow()
    expect(() => assertNotificationRecord({ ...order, role: null })).not.toThrow()
  })
})
