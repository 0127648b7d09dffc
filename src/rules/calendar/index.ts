export {
  addDaysIso,
  bogotaDateOf,
  endOfBogotaDay,
  parseIsoDate,
  weekdayOf,
  type IsoDateParts,
} from './isoDate'
export { nationalHolidays } from './colombianHolidays'
export {
  createBusinessCalendar,
  type BusinessCalendar,
  type CalendarAdjustments,
} from './businessCalendar'
