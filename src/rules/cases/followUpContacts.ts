import { RuleViolation } from '@/rules/ruleViolation'
import { addMonthsIso, calendarDaysBetween } from './months'

export type FollowUpSchedule = {
  firstContactDeadline: string
  /** Within 30 days of the first contact and 45 of finality; 45 days of finality while the first is missing. */
  secondContactDeadline: string
  /** R-COB-06: coactive action starts within five months after the contact period. */
  coactiveStartDeadline: string
}

/** R-COB-06: after the title is final, two contacts (15 / +30 / ≤45 calendar days), then five months to start coactive. */
export function followUpSchedule(input: { finalOn: string; firstContactOn?: string | null }): FollowUpSchedule {
  const add = (date: string, n: number) => {
    const d = new Date(`${date}T00:00:00Z`)
    d.setUTCDate(d.getUTCDate() + n)
    return d.toISOString().slice(0, 10)
  }
  const finalOn = input.finalOn.slice(0, 10)
  const firstContactDeadline = add(finalOn, 15)
  const overall = add(finalOn, 45)
  const afterFirst = input.firstContactOn ? add(input.firstContactOn.slice(0, 10), 30) : overall
  return {
    firstContactDeadline,
    secondContactDeadline: afterFirst < overall ? afterFirst : overall,
    coactiveStartDeadline: addMonthsIso(overall, 5),
  }
}

const FIRST = 'followUp.firstContactOn'
const SECOND = 'followUp.secondContactOn'

/** R-COB-06: a recorded contact must fall inside its window. */
export function assertFollowUpContactInTime(input: {
  finalOn: string
  firstContactOn?: string | null
  secondContactOn?: string | null
}): void {
  const first = input.firstContactOn?.slice(0, 10)
  const second = input.secondContactOn?.slice(0, 10)
  if (first && calendarDaysBetween(input.finalOn.slice(0, 10), first) < 0) {
    throw new RuleViolation('R-COB-06', 'El primer contacto no puede ser anterior a la firmeza del título.', 400, { path: FIRST })
  }
  if (second && !first) {
    throw new RuleViolation('R-COB-06', 'Registre primero el primer contacto.', 400, { path: FIRST })
  }
  if (first && second && second < first) {
    throw new RuleViolation('R-COB-06', 'El segundo contacto no puede ser anterior al primero.', 400, { path: SECOND })
  }
  // Late contacts are still recorded (they happened); the sweep flags them as overdue.
}

/** R-COB-06: follow-up contacts are recorded only after the title (the LCD) is final, each in its window. */
export function assertFollowUpContactsAllowed(input: {
  finalOn: string | null
  firstContactOn: string | null
  secondContactOn: string | null
}): void {
  if (!input.firstContactOn && !input.secondContactOn) return
  if (!input.finalOn) {
    throw new RuleViolation('R-COB-06', 'Los contactos de seguimiento se registran después de la firmeza de la LCD.', 409, {
      path: input.firstContactOn ? FIRST : SECOND,
    })
  }
  assertFollowUpContactInTime({ finalOn: input.finalOn, firstContactOn: input.firstContactOn, secondContactOn: input.secondContactOn })
}
