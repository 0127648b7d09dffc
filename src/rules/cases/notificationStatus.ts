import { closedList } from '@/rules/options'
import type { DerivedNotificationDates } from './notificationDates'

export const { values: NOTIFICATION_STATUS, options: NOTIFICATION_STATUSES } = closedList({
  citationPending: ['PENDIENTE_CITACION', 'Pendiente de citación'],
  citationSent: ['EN_CITACION', 'Citación enviada'],
  noticeDue: ['AVISO_PENDIENTE', 'Aviso por publicar'],
  noticePosted: ['AVISO_PUBLICADO', 'Aviso publicado'],
  notified: ['NOTIFICADO', 'Notificado'],
  final: ['EN_FIRME', 'En firme'],
})

export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number]['value']

/**
 * R-NOT-01 / R-COB-04: where a notification stands on `today`. The move "citation unanswered after
 * its term → notice due" happens here, by the passing of time, which is why the daily sweep
 * recomputes it.
 */
export function notificationStatusOn(
  facts: { citationSentOn?: string | null; noticePostedOn?: string | null },
  dates: Pick<DerivedNotificationDates, 'noticeDueOn' | 'notifiedOn' | 'finalOn'>,
  today: string,
): NotificationStatus {
  if (dates.finalOn && dates.finalOn <= today) return NOTIFICATION_STATUS.final
  if (dates.notifiedOn && dates.notifiedOn <= today) return NOTIFICATION_STATUS.notified
  if (facts.noticePostedOn) return NOTIFICATION_STATUS.noticePosted
  if (dates.noticeDueOn && dates.noticeDueOn <= today) return NOTIFICATION_STATUS.noticeDue
  if (facts.citationSentOn) return NOTIFICATION_STATUS.citationSent
  return NOTIFICATION_STATUS.citationPending
}
