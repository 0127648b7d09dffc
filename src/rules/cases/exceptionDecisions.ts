import { RuleViolation } from '@/rules/ruleViolation'
import { EXCEPTION_GROUNDS } from './paymentOrderTerms'

export type ExceptionDecision = 'PROBADA' | 'NO_PROBADA'

export type ExceptionRecord = {
  id?: string | null
  ground: string
  filedOn?: string | null
  decidedOn?: string | null
  decision?: ExceptionDecision | null
}

/** What a favourable decision does to the proceeding (R-COB-15). */
export type FavourableOutcome = { terminationCause: 'DECISION_FAVORABLE'; decidedOn: string; grounds: string[] }

export const exceptionGroundLabel = (ground: string): string =>
  EXCEPTION_GROUNDS.find((g) => g.value === ground)?.label ?? ground

/**
 * R-COB-12 / R-COB-15: a decision on exceptions is recorded with its date (not before the filing);
 * once recorded it stands (a reconsideration appeal is recorded as such, R-COB-17). When an
 * exception is newly declared proven (in the debtor's favour), the proceeding ends: the result
 * says so, with the decision's date and the grounds upheld; otherwise null.
 */
export function favourableExceptionOutcome(input: { exceptions: ExceptionRecord[]; previous: ExceptionRecord[] }): FavourableOutcome | null {
  const before = new Map(input.previous.filter((e) => e.id).map((e) => [String(e.id), e]))
  const upheld: ExceptionRecord[] = []
  for (const exception of input.exceptions) {
    const decidedOn = exception.decidedOn?.slice(0, 10) ?? null
    const label = exceptionGroundLabel(exception.ground)
    if (exception.decision && !decidedOn) {
      throw new RuleViolation('R-COB-12', `Registre la fecha en que se decidió la excepción "${label}".`, 400)
    }
    if (decidedOn && !exception.decision) {
      throw new RuleViolation('R-COB-12', `Indique si la excepción "${label}" se declaró probada o no probada.`, 400)
    }
    if (decidedOn && exception.filedOn && decidedOn < exception.filedOn.slice(0, 10)) {
      throw new RuleViolation('R-COB-12', `La excepción "${label}" no puede decidirse antes de presentarse (${exception.filedOn.slice(0, 10)}).`, 400)
    }
    const earlier = exception.id ? before.get(String(exception.id)) : undefined
    if (earlier?.decision && (earlier.decision !== exception.decision || earlier.decidedOn?.slice(0, 10) !== decidedOn)) {
      throw new RuleViolation('R-COB-17', `La decisión sobre la excepción "${label}" ya está registrada y no se modifica.`, 409)
    }
    if (exception.decision === 'PROBADA' && earlier?.decision !== 'PROBADA') upheld.push(exception)
  }
  if (upheld.length === 0) return null
  return {
    terminationCause: 'DECISION_FAVORABLE',
    decidedOn: upheld.map((e) => e.decidedOn!.slice(0, 10)).sort().at(-1)!,
    grounds: upheld.map((e) => e.ground),
  }
}
