import type { BusinessCalendar } from '@/rules/calendar'
import { addMonthsIso } from '@/rules/cases/months'
import { RuleViolation } from '@/rules/ruleViolation'

/** R-AGR-06: ten (business) days to analyse a request (001 §8.10). */
export const ANALYSIS_BUSINESS_DAYS = 10
/** R-AGR-06: at most ten calendar days to supply missing requirements (001 §8.11). */
export const MAX_REQUIREMENT_CALENDAR_DAYS = 10
/** R-AGR-06: a rejection is communicated within five (business) days of the term to supply documents (001 §8.12). */
export const REJECTION_NOTICE_BUSINESS_DAYS = 5

export type GuaranteeClass = 'REAL' | 'OTRA' | 'NINGUNA'

/** R-AGR-06: the analysis is due ten business days after the request is filed. */
export const analysisDeadline = (filedOn: string, calendar: BusinessCalendar): string =>
  calendar.addBusinessDays(filedOn, ANALYSIS_BUSINESS_DAYS)

/** R-AGR-06: the term given to supply missing requirements, at most ten calendar days. */
export function requirementsDeadline(input: { askedOn: string; days: number; calendar: BusinessCalendar }): string {
  if (!Number.isSafeInteger(input.days) || input.days < 1 || input.days > MAX_REQUIREMENT_CALENDAR_DAYS) {
    throw new RuleViolation(
      'R-AGR-06',
      `El término para allegar requisitos es de uno a ${MAX_REQUIREMENT_CALENDAR_DAYS} días calendario.`,
      400,
      { path: 'requirementsDays' },
    )
  }
  return input.calendar.addCalendarDays(input.askedOn, input.days)
}

/** R-AGR-06: guarantees are perfected within three months (real guarantees) or one month (the others). */
export function perfectionDeadline(askedOn: string, guarantee: GuaranteeClass): string | null {
  if (guarantee === 'NINGUNA') return null
  return addMonthsIso(askedOn, guarantee === 'REAL' ? 3 : 1)
}

/** R-AGR-06: the rejection is communicated within five business days of the term to supply documents (or of the analysis). */
export const rejectionNoticeDeadline = (termEndsOn: string, calendar: BusinessCalendar): string =>
  calendar.addBusinessDays(termEndsOn, REJECTION_NOTICE_BUSINESS_DAYS)

/** R-AGR-06: a rejection states its reasons. */
export function assertRejectionReasons(reasons: string | null | undefined): void {
  if (!reasons || reasons.trim().length < 10) {
    throw new RuleViolation('R-AGR-06', 'El rechazo se comunica indicando las razones que lo motivaron.', 400, { path: 'rejectionReasons' })
  }
}

/**
 * R-AGR-06: when the term to supply requirements or to perfect the guarantees passed without them,
 * the request is deemed withdrawn and coactive collection proceeds.
 */
export const isDeemedWithdrawn = (input: { today: string; requirementsDueOn?: string | null; perfectionDueOn?: string | null }): boolean =>
  [input.requirementsDueOn, input.perfectionDueOn].some((due) => Boolean(due) && input.today > due!.slice(0, 10))
