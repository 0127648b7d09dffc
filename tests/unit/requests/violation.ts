import { RuleViolation } from '../../../src/rules/ruleViolation'

/** The RuleViolation a call throws; fails the test when it throws nothing or something else. */
export function violationOf(run: () => unknown): RuleViolation {
  try {
    run()
  } catch (error) {
    if (error instanceof RuleViolation) return error
    throw error
  }
  throw new Error('expected a RuleViolation')
}
