import type { BusinessCalendar } from '@/rules/calendar'
import {
  deriveNotificationDates,
  NOTIFIABLE_ACT_OPTIONS,
  type DerivedNotificationDates,
  type NotificationDateField,
  type NotificationFacts,
  type SettledNotificationDates,
} from './notificationDates'

export type StoredNotificationDates = Partial<Record<NotificationDateField, string | null>>

export type MovedTerm = { field: NotificationDateField; from: string | null; to: string | null }

const FIELDS: NotificationDateField[] = ['appearanceDeadline', 'noticeDueOn', 'noticeTakeDownOn', 'notifiedOn', 'responseDeadline', 'finalOn']

// Last days of terms: settled once the day has passed (a term runs to the end of its last day).
const TERM_ENDS = new Set<NotificationDateField>(['appearanceDeadline', 'noticeTakeDownOn', 'responseDeadline'])

/**
 * The stored dates a calendar change no longer moves on `today`: the last day of a term once it
 * has passed, and a step (notice due, notified, final) once its day has come — the sweep may
 * already have acted on it.
 */
export function settledNotificationDates(stored: StoredNotificationDates, today: string): SettledNotificationDates {
  const settled: SettledNotificationDates = {}
  for (const field of FIELDS) {
    const date = stored[field]?.slice(0, 10)
    if (date && (TERM_ENDS.has(field) ? date < today : date <= today)) settled[field] = date
  }
  return settled
}

/**
 * R-NOT-01 (with R-COB-04/05/10/13) under a changed calendar (a holiday list update, or an
 * administrator's extra non-business day or struck holiday): the notification's dates counted
 * again with the new calendar from the same facts, keeping what was already settled on `today`
 * (elapsed terms and past steps stay as they were), and which of the stored dates moved. The old
 * calendar is the one the stored dates were counted with; after a library update it no longer
 * exists, so the stored dates stand for it.
 */
export function recomputeOpenNotificationDates(
  facts: NotificationFacts,
  stored: StoredNotificationDates,
  calendar: BusinessCalendar,
  today: string,
): { dates: DerivedNotificationDates; moved: MovedTerm[] } {
  const dates = deriveNotificationDates(facts, calendar, settledNotificationDates(stored, today))
  const moved = FIELDS.map((field) => ({ field, from: stored[field]?.slice(0, 10) ?? null, to: dates[field] })).filter(
    (m) => m.from !== m.to,
  )
  return { dates, moved }
}

const FIELD_LABELS: Record<NotificationDateField, string> = {
  appearanceDeadline: 'término para comparecer',
  noticeDueOn: 'aviso desde',
  noticeTakeDownOn: 'retiro del aviso',
  notifiedOn: 'notificación',
  responseDeadline: 'término para recurrir',
  finalOn: 'en firme desde',
}

const termLabel = (act: string, field: NotificationDateField) =>
  field === 'responseDeadline' && act === 'MANDAMIENTO_DE_PAGO' ? 'término para pagar o excepcionar' : FIELD_LABELS[field]

/** R-COB-17: the one case-file entry that says which terms of a case a calendar change moved, from what date to what date, and why. */
export function describeMovedTerms(cause: string, notifications: { act: string; moved: MovedTerm[] }[]): string {
  const parts = notifications
    .filter((n) => n.moved.length > 0)
    .map((n) => {
      const act = NOTIFIABLE_ACT_OPTIONS.find((o) => o.value === n.act)?.label ?? n.act
      const moves = n.moved.map((m) => `${termLabel(n.act, m.field)} del ${m.from ?? '—'} al ${m.to ?? '—'}`)
      return `${act}: ${moves.join(', ')}`
    })
  return `Términos recalculados por cambio del calendario de días hábiles (${cause}). ${parts.join('; ')}.`
}
