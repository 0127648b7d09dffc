import type { DerivedNotificationDates } from './notificationDates'

export const NOTIFICATION_STATUS = {
  citationPending: 'PENDIENTE_CITACION',
  citationSent: 'EN_CITACION',
  noticeDue: 'AVISO_PENDIENTE',
  noticePosted: 'AVISO_PUBLICADO',
  notified: 'NOTIFICADO',
  final: 'EN_FIRME',
} as const

export const NOTIFICATION_STATUSES = [
  { label: 'Pendiente de citación', value: NOTIFICATION_STATUS.citationPending },
  { label: 'Citación enviada', value: NOTIFICATION_STATUS.citationSent },
  { label: 'Aviso por publicar', value: NOTIFICATION_STATUS.noticeDue },
  { label: 'Aviso publicado', value: NOTIFICATION_STATUS.noticePosted },
  { label: 'Notificado', value: NOTIFICATION_STATUS.notified },
  { label: 'En firme', value: NOTIFICATION_STATUS.final },
] as const

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
