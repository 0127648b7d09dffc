import { DEADLINE_FLAG } from './caseOptions'
import { defaultNoticeDeadline } from './persuasiveNotices'
import { followUpSchedule } from './followUpContacts'
import { lcdDeadline } from './lcdDeadline'
import { addMonthsIso } from './months'
import type { DerivedNotificationDates } from './notificationDates'
import type { Stage, SubState } from './stages'

export type NotificationSnapshot = Pick<
  DerivedNotificationDates,
  'appearanceDeadline' | 'noticeDueOn' | 'noticeTakeDownOn' | 'notifiedOn' | 'responseDeadline' | 'finalOn'
> & { act: string; noticePostedOn?: string | null; appealFiledOn?: string | null; appealDecisionNotifiedOn?: string | null }

export type CaseSnapshot = {
  stage: Stage
  subState: SubState
  oldestDueDate?: string | null
  defaultNotice?: { arisenOn?: string | null; identifiedOn?: string | null; sentOn?: string | null }
  lcdIssuedOn?: string | null
  titleFinalOn?: string | null
  firstContactOn?: string | null
  secondContactOn?: string | null
  paymentOrderIssuedOn?: string | null
  exceptions?: { filedOn?: string | null; decidedOn?: string | null; appealFiledOn?: string | null; appealDecidedOn?: string | null }[]
  notifications: NotificationSnapshot[]
}

export const DEADLINE_KINDS = {
  defaultNotice: 'Constitución en mora y aviso de incumplimiento (R-COB-02)',
  lcdLimit: 'Expedir la LCD (R-COB-03)',
  appearance: 'Término para comparecer a la citación (R-COB-04)',
  noticeDue: 'Publicar el aviso (R-COB-04)',
  noticeTakeDown: 'Retirar el aviso (R-COB-04)',
  appeal: 'Término del recurso de reposición (R-COB-05)',
  firstContact: 'Primer contacto tras la firmeza (R-COB-06)',
  secondContact: 'Segundo contacto tras la firmeza (R-COB-06)',
  coactiveStart: 'Iniciar el cobro coactivo (R-COB-06)',
  paymentOrderResponse: 'Término para pagar o excepcionar (R-COB-10)',
  exceptionsDecision: 'Decidir las excepciones (R-COB-12)',
  exceptionsAppealDecision: 'Decidir el recurso contra las excepciones (R-COB-12)',
} as const

export type DeadlineKind = keyof typeof DEADLINE_KINDS

export type Deadline = { kind: DeadlineKind; label: string; date: string }

const deadline = (kind: DeadlineKind, date: string | null | undefined): Deadline[] =>
  date ? [{ kind, label: DEADLINE_KINDS[kind], date: date.slice(0, 10) }] : []

/** The open terms of one notification record (R-COB-04/05/10). */
export function notificationTerms(n: NotificationSnapshot, today: string): Deadline[] {
  if (n.finalOn && n.finalOn <= today) return []
  if (!n.notifiedOn) {
    if (n.noticeTakeDownOn) return deadline('noticeTakeDown', n.noticeTakeDownOn)
    if (n.noticeDueOn) return deadline('noticeDue', n.noticeDueOn)
    return deadline('appearance', n.appearanceDeadline)
  }
  if (n.act === 'MANDAMIENTO_DE_PAGO') return deadline('paymentOrderResponse', n.responseDeadline)
  if (n.appealFiledOn) return []
  return deadline('appeal', n.responseDeadline)
}

/**
 * Every legal term still open on a case, in date order: what the daily sweep flags and what the
 * collector's worklist sorts by (the first one is the case's next deadline).
 */
export function openDeadlines(c: CaseSnapshot, today: string): Deadline[] {
  const list: Deadline[] = []
  const lcdNotifications = c.notifications.filter((n) => n.act === 'LCD')
  const orderNotifications = c.notifications.filter((n) => n.act === 'MANDAMIENTO_DE_PAGO')
  if (c.stage === 'PERSUASIVO' || c.stage === 'PREJURIDICO') {
    const dn = c.defaultNotice
    if (c.stage === 'PERSUASIVO' && dn?.arisenOn && dn.identifiedOn && !dn.sentOn) {
      list.push(...deadline('defaultNotice', defaultNoticeDeadline({ arisenOn: dn.arisenOn, identifiedOn: dn.identifiedOn })))
    }
    if (!c.lcdIssuedOn && c.oldestDueDate) list.push(...deadline('lcdLimit', lcdDeadline(c.oldestDueDate)))
  }
  if (c.stage === 'PREJURIDICO') {
    for (const n of lcdNotifications) list.push(...notificationTerms(n, today))
    if (c.titleFinalOn) {
      const schedule = followUpSchedule({ finalOn: c.titleFinalOn, firstContactOn: c.firstContactOn })
      if (!c.firstContactOn) list.push(...deadline('firstContact', schedule.firstContactDeadline))
      if (!c.secondContactOn) list.push(...deadline('secondContact', schedule.secondContactDeadline))
      list.push(...deadline('coactiveStart', schedule.coactiveStartDeadline))
    }
  }
  if (c.stage === 'COACTIVO') {
    if (c.subState === 'MANDAMIENTO_LIBRADO' || c.subState === 'MANDAMIENTO_NOTIFICADO') {
      for (const n of orderNotifications) list.push(...notificationTerms(n, today))
    }
    for (const e of c.exceptions ?? []) {
      if (e.filedOn && !e.decidedOn) list.push(...deadline('exceptionsDecision', addMonthsIso(e.filedOn.slice(0, 10), 1)))
      if (e.appealFiledOn && !e.appealDecidedOn) {
        list.push(...deadline('exceptionsAppealDecision', addMonthsIso(e.appealFiledOn.slice(0, 10), 1)))
      }
    }
  }
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

export type DeadlineFlag = (typeof DEADLINE_FLAG)[keyof typeof DEADLINE_FLAG]

/** Overdue when the term's last day has passed; due soon when it ends within `soonDays` calendar days. */
export function flagDeadline(date: string, today: string, soonDays = 5): DeadlineFlag {
  if (date < today) return DEADLINE_FLAG.overdue
  const limit = new Date(`${today}T00:00:00Z`)
  limit.setUTCDate(limit.getUTCDate() + soonDays)
  return date <= limit.toISOString().slice(0, 10) ? DEADLINE_FLAG.dueSoon : DEADLINE_FLAG.onTime
}
