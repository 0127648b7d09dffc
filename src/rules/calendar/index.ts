export {
  addDaysIso,
  bogotaDateOf,
  endOfBogotaDay,
  parseIsoDate,
  weekdayOf,
  type IsoDateParts,
  bogotaWallClockOf,
} from './isoDate'
export { nationalHolidays } from './colombianHolidays'
export { day, storeDay } from './storedDates'
export {
  createBusinessCalendar,
  type BusinessCalendar,
  type CalendarAdjustments,
} from './businessCalendar'
