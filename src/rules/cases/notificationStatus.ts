import type { DerivedNotificationDates } from './notificationDates'

export const NOTIFICATION_STATUSES = [
  { label: 'Pendiente de citación', value: 'PENDIENTE_CITACION' },
  { label: 'Citación enviada', value: 'EN_CITACION' },
  { label: 'Aviso por publicar', value: 'AVISO_PENDIENTE' },
  { label: 'Aviso publicado', value: 'AVISO_PUBLICADO' },
  { label: 'Notificado', value: 'NOTIFICADO' },
  { label: 'En firme', value: 'EN_FIRME' },
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
  if (dates.finalOn && dates.finalOn <= today) return 'EN_FIRME'
  if (dates.notifiedOn && dates.notifiedOn <= today) return 'NOTIFICADO'
  if (facts.noticePostedOn) return 'AVISO_PUBLICADO'
  if (dates.noticeDueOn && dates.noticeDueOn <= today) return 'AVISO_PENDIENTE'
  if (facts.citationSentOn) return 'EN_CITACION'
  return 'PENDIENTE_CITACION'
}
