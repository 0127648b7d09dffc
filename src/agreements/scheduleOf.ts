import type { Agreement } from '@/payload-types'
import type { BusinessCalendar } from '@/rules/calendar'
import { buildSchedule, type ScheduledInstalment } from '@/rules/agreements/schedule'
import type { Periodicity } from '@/rules/agreements/statuses'

/** R-AGR-08: the schedule of an agreement granted on `startOn`, from its stored terms. */
export const scheduleOf = (a: Partial<Agreement>, startOn: string, calendar: BusinessCalendar): ScheduledInstalment[] =>
  buildSchedule({
    total: a.total ?? 0,
    costs: a.costs ?? 0,
    interest: a.interest ?? 0,
    obligations: (a.obligations ?? []).map((o) => ({ period: o.period, concept: o.concept, capital: o.capital })),
    downPayment: a.downPayment ?? 0,
    termMonths: a.termMonths ?? 0,
    periodicity: (a.periodicity ?? 'MENSUAL') as Periodicity,
    startOn,
    calendar,
  })
