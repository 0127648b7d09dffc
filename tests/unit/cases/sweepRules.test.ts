import { describe, expect, it } from 'vitest'

import { nextAutomaticMove } from '@/rules/cases/automaticMoves'
import { flagDeadline, openDeadlines, type CaseSnapshot } from '@/rules/cases/caseDeadlines'
import { notificationStatusOn } from '@/rules/cases/notificationStatus'

const lcdNotice = {
  act: 'LCD',
  appearanceDeadline: '2026-11-26',
  noticeDueOn: '2026-11-27',
  noticeTakeDownOn: null,
  notifiedOn: null,
  responseDeadline: null,
  finalOn: null,
}

describe('notificationStatusOn', () => {
  it('R-COB-04 a citation unanswered after its term becomes "notice due" on the day the notice is due', () => {
    const facts = { citationSentOn: '2026-11-18' }
    expect(notificationStatusOn(facts, lcdNotice, '2026-11-26')).toBe('EN_CITACION')
    expect(notificationStatusOn(facts, lcdNotice, '2026-11-27')).toBe('AVISO_PENDIENTE')
    expect(notificationStatusOn({ ...facts, noticePostedOn: '2026-11-27' }, lcdNotice, '2026-11-30')).toBe('AVISO_PUBLICADO')
  })

  it('R-COB-05 notified, then final, as the dates arrive', () => {
    const dates = { noticeDueOn: null, notifiedOn: '2026-10-05', finalOn: '2026-10-21' }
    expect(notificationStatusOn({ citationSentOn: '2026-10-01' }, dates, '2026-10-04')).toBe('EN_CITACION')
    expect(notificationStatusOn({ citationSentOn: '2026-10-01' }, dates, '2026-10-05')).toBe('NOTIFICADO')
    expect(notificationStatusOn({ citationSentOn: '2026-10-01' }, dates, '2026-10-21')).toBe('EN_FIRME')
  })
})

describe('openDeadlines and flagDeadline', () => {
  const base: CaseSnapshot = { stage: 'PERSUASIVO', subState: 'GESTION_PERSUASIVA', oldestDueDate: '2026-06-01', notifications: [] }

  it('R-COB-03 a persuasive case\'s next term is the LCD limit; R-COB-02 the default notice comes first', () => {
    expect(openDeadlines(base, '2026-11-30')).toEqual([{ kind: 'lcdLimit', label: 'Expedir la LCD (R-COB-03)', date: '2026-12-01' }])
    const withNotice = openDeadlines({ ...base, defaultNotice: { arisenOn: '2026-06-02', identifiedOn: '2026-06-05' } }, '2026-06-06')
    expect(withNotice.map((d) => [d.kind, d.date])).toEqual([
      ['defaultNotice', '2026-07-05'],
      ['lcdLimit', '2026-12-01'],
    ])
  })

  it('R-COB-04 in notification the next term is the notice; R-COB-06 after finality the contacts and the coactive start', () => {
    const inNotification: CaseSnapshot = { ...base, stage: 'PREJURIDICO', subState: 'EN_NOTIFICACION', lcdIssuedOn: '2026-11-17', notifications: [lcdNotice] }
    expect(openDeadlines(inNotification, '2026-11-30')[0]).toMatchObject({ kind: 'noticeDue', date: '2026-11-27' })
    const final: CaseSnapshot = {
      ...inNotification,
      subState: 'EN_FIRME',
      titleFinalOn: '2026-10-21',
      firstContactOn: '2026-10-30',
      notifications: [{ ...lcdNotice, notifiedOn: '2026-10-05', responseDeadline: '2026-10-20', finalOn: '2026-10-21' }],
    }
    expect(openDeadlines(final, '2026-11-30').map((d) => [d.kind, d.date])).toEqual([
      ['secondContact', '2026-11-29'],
      ['coactiveStart', '2027-05-05'],
    ])
  })

  it('R-COB-12 pending exceptions are decided within a month of filing', () => {
    const coactive: CaseSnapshot = {
      ...base,
      stage: 'COACTIVO',
      subState: 'ORDEN_DE_EJECUCION',
      exceptions: [{ filedOn: '2026-01-30' }, { filedOn: '2026-01-10', decidedOn: '2026-02-01' }],
    }
    expect(openDeadlines(coactive, '2026-02-10')).toEqual([
      { kind: 'exceptionsDecision', label: 'Decidir las excepciones (R-COB-12)', date: '2026-02-28' },
    ])
  })

  it('R-NOT-01 flags overdue, due within five days, or in term', () => {
    expect(flagDeadline('2026-11-27', '2026-11-30')).toBe('VENCIDO')
    expect(flagDeadline('2026-11-30', '2026-11-30')).toBe('POR_VENCER')
    expect(flagDeadline('2026-12-05', '2026-11-30')).toBe('POR_VENCER')
    expect(flagDeadline('2026-12-06', '2026-11-30')).toBe('EN_TERMINO')
  })
})

describe('nextAutomaticMove', () => {
  it('R-COB-09 an insolvent debtor\'s open case goes to insolvency first', () => {
    expect(nextAutomaticMove({ stage: 'COACTIVO', subState: 'REMATE', debtorInsolvent: true }, '2026-11-30')?.to).toEqual({
      stage: 'INSOLVENCIA',
      subState: 'REMITIDO_A_INSOLVENCIA',
    })
    expect(nextAutomaticMove({ stage: 'TERMINADO', subState: 'ARCHIVADO', debtorInsolvent: true }, '2026-11-30')).toBeNull()
  })

  it('R-COB-04/05 the LCD becomes notified, then final, only when the dates arrive', () => {
    const c = { stage: 'PREJURIDICO' as const, debtorInsolvent: false, lcdNotifiedOn: '2026-10-05', titleFinalOn: '2026-10-21' }
    expect(nextAutomaticMove({ ...c, subState: 'EN_NOTIFICACION' }, '2026-10-04')).toBeNull()
    expect(nextAutomaticMove({ ...c, subState: 'EN_NOTIFICACION' }, '2026-10-05')?.rule).toBe('R-COB-04')
    expect(nextAutomaticMove({ ...c, subState: 'NOTIFICADA' }, '2026-10-20')).toBeNull()
    expect(nextAutomaticMove({ ...c, subState: 'NOTIFICADA' }, '2026-10-21')?.to.subState).toBe('EN_FIRME')
  })

  it('R-COB-10 the payment order is notified when its notification date arrives', () => {
    const move = nextAutomaticMove(
      { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO', debtorInsolvent: false, paymentOrderNotifiedOn: '2026-07-30' },
      '2026-07-31',
    )
    expect(move?.to.subState).toBe('MANDAMIENTO_NOTIFICADO')
  })
})
