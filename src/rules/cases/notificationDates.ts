import type { BusinessCalendar } from '@/rules/calendar'
import { noticePeriod } from '@/rules/notices/noticeDates'
import { RuleViolation } from '@/rules/ruleViolation'
import { addMonthsIso } from './months'

/** Acts that must be notified (R-NOT-01). */
export const NOTIFIABLE_ACTS = {
  lcd: 'LCD',
  paymentOrder: 'MANDAMIENTO_DE_PAGO',
  appealDecision: 'DECISION_RECURSO',
  exceptionsDecision: 'DECISION_EXCEPCIONES',
  defaultResolution: 'RESOLUCION_INCUMPLIMIENTO',
} as const

export type NotifiableAct = (typeof NOTIFIABLE_ACTS)[keyof typeof NOTIFIABLE_ACTS]

export const NOTIFIABLE_ACT_OPTIONS: { label: string; value: NotifiableAct }[] = [
  { label: 'Liquidación Certificada de Deuda (LCD)', value: 'LCD' },
  { label: 'Mandamiento de pago', value: 'MANDAMIENTO_DE_PAGO' },
  { label: 'Decisión de recurso', value: 'DECISION_RECURSO' },
  { label: 'Decisión de excepciones', value: 'DECISION_EXCEPCIONES' },
  { label: 'Resolución de incumplimiento', value: 'RESOLUCION_INCUMPLIMIENTO' },
]

/** The facts an officer records; everything else is derived. ISO dates (YYYY-MM-DD). */
export type NotificationFacts = {
  act: NotifiableAct
  citationSentOn?: string | null
  citationReceivedOn?: string | null
  personallyNotifiedOn?: string | null
  /** R-COB-10: the payment order not appeared for is notified by mail. */
  mailDeliveredOn?: string | null
  /** R-COB-11: mail returned for unknown address → notice. */
  mailReturnedOn?: string | null
  noticePostedOn?: string | null
  appealFiledOn?: string | null
  appealDecisionNotifiedOn?: string | null
}

export type NotificationMethod = 'PERSONAL' | 'CORREO' | 'AVISO'

export type DerivedNotificationDates = {
  /** Last day to appear after the citation. */
  appearanceDeadline: string | null
  /** First day a notice (aviso) may go up when nobody appeared; null while not due. */
  noticeDueOn: string | null
  /** Last business day the notice stays up (five business days counting the day it goes up). */
  noticeTakeDownOn: string | null
  /** The day notification is done (personal, mail delivery, or the day after the notice comes down). */
  notifiedOn: string | null
  notifiedBy: NotificationMethod | null
  /** Last day of the term that follows notification: appeal (LCD, decisions) or pay/propose exceptions (payment order). */
  responseDeadline: string | null
  /** The act is final (en firme) from this day. */
  finalOn: string | null
}

/** The six dates a notification derives, in the order each follows from the one before. */
export type NotificationDateField = Exclude<keyof DerivedNotificationDates, 'notifiedBy'>

/** Dates already past that a recomputation keeps as they were (see `recomputeOpenNotificationDates`). */
export type SettledNotificationDates = Partial<Record<NotificationDateField, string>>

const day = (value?: string | null): string | null => (value ? value.slice(0, 10) : null)

/**
 * R-COB-04/05 (LCD), R-COB-10/11 (payment order), R-COB-12/13 (decisions), derived from the facts
 * with the Colombian business calendar:
 * - appearance: LCD 5 business days from receipt of the citation; other acts 10 business days
 *   from its sending (001 §7.3.11, §7.3.14);
 * - a notice is due the business day after the appearance term passes with nobody appearing
 *   (for the LCD, also at least five business days after the citation was sent; for a decision
 *   on an appeal, ten business days after it was sent: 001 §7.3.14), or, for the payment order
 *   and other acts that go by mail, the business day after mail comes back (R-COB-11); it stays
 *   up five business days;
 * - notification is deemed done at the end of the business day after the notice comes down;
 * - then: LCD: 10 business days to appeal (CPACA art. 76), final the
 *   day after the term passes with no appeal, or the day after the appeal's decision is notified
 *   (CPACA art. 87); payment order: 15 business days to pay or propose exceptions (R-COB-10);
 *   decision on exceptions: one month to appeal (R-COB-12); other decisions final five business
 *   days after notification (R-COB-13).
 * A date in `settled` is taken as it is instead of being counted again, and the dates after it
 * follow from it: a calendar change does not move what has already happened.
 */
export function deriveNotificationDates(
  facts: NotificationFacts,
  calendar: BusinessCalendar,
  settled: SettledNotificationDates = {},
): DerivedNotificationDates {
  const keep = <T extends string | null>(field: NotificationDateField, computed: T): T => ((computed && settled[field]) || computed) as T
  const sent = day(facts.citationSentOn)
  const received = day(facts.citationReceivedOn)
  const isLcd = facts.act === 'LCD'
  // 001 §7.3.14: decisions on appeals are notified in person or by notice, never by mail.
  const noticeAfterCitation = isLcd || facts.act === 'DECISION_RECURSO'
  if (facts.act === 'DECISION_RECURSO' && (facts.mailDeliveredOn || facts.mailReturnedOn)) {
    throw new RuleViolation(
      'R-NOT-01',
      'La decisión de un recurso se notifica personalmente o por aviso si el deudor no comparece dentro de los diez días siguientes al envío de la citación, no por correo.',
      400,
    )
  }

  let appearanceDeadline: string | null = null
  if (isLcd) {
    if (received) appearanceDeadline = calendar.addBusinessDays(received, 5)
    if (sent) {
      const fiveAfterSending = calendar.addBusinessDays(sent, 5)
      appearanceDeadline = !appearanceDeadline || fiveAfterSending > appearanceDeadline ? fiveAfterSending : appearanceDeadline
    }
  } else if (sent) {
    appearanceDeadline = calendar.addBusinessDays(sent, 10)
  }
  appearanceDeadline = keep('appearanceDeadline', appearanceDeadline)

  const personal = day(facts.personallyNotifiedOn)
  const mailDelivered = day(facts.mailDeliveredOn)
  const mailReturned = day(facts.mailReturnedOn)

  let noticeDueOn: string | null = null
  if (!personal && !mailDelivered) {
    if (mailReturned) noticeDueOn = calendar.nextBusinessDay(mailReturned)
    // The LCD and decisions on appeals go straight to notice; a payment order or other act goes by mail first (R-COB-10).
    else if (noticeAfterCitation && appearanceDeadline) noticeDueOn = calendar.nextBusinessDay(appearanceDeadline)
  }
  noticeDueOn = keep('noticeDueOn', noticeDueOn)

  const posted = day(facts.noticePostedOn)
  const noticeTakeDownOn = keep('noticeTakeDownOn', posted ? noticePeriod(posted, calendar).takeDownOn : null)

  let notifiedOn: string | null = null
  let notifiedBy: NotificationMethod | null = null
  if (personal) {
    notifiedOn = personal
    notifiedBy = 'PERSONAL'
  } else if (mailDelivered) {
    notifiedOn = mailDelivered
    notifiedBy = 'CORREO'
  } else if (noticeTakeDownOn) {
    notifiedOn = calendar.nextBusinessDay(noticeTakeDownOn)
    notifiedBy = 'AVISO'
  }
  notifiedOn = keep('notifiedOn', notifiedOn)

  let responseDeadline: string | null = null
  let finalOn: string | null = null
  if (notifiedOn) {
    switch (facts.act) {
      case 'MANDAMIENTO_DE_PAGO':
        responseDeadline = keep('responseDeadline', calendar.addBusinessDays(notifiedOn, 15))
        break
      case 'DECISION_EXCEPCIONES':
        responseDeadline = keep('responseDeadline', addMonthsIso(notifiedOn, 1))
        finalOn = facts.appealFiledOn ? null : calendar.addCalendarDays(responseDeadline, 1)
        break
      case 'LCD':
        responseDeadline = keep('responseDeadline', calendar.addBusinessDays(notifiedOn, 10))
        finalOn = facts.appealFiledOn ? null : calendar.addCalendarDays(responseDeadline, 1)
        break
      default:
        // R-COB-13: decisions against which no appeal lies are final five days after notification.
        finalOn = calendar.addBusinessDays(notifiedOn, 5)
    }
    const decision = day(facts.appealDecisionNotifiedOn)
    if (facts.appealFiledOn && decision) finalOn = calendar.addCalendarDays(decision, 1)
    finalOn = keep('finalOn', finalOn)
  }

  return { appearanceDeadline, noticeDueOn, noticeTakeDownOn, notifiedOn, notifiedBy, responseDeadline, finalOn }
}
