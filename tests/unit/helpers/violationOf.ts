import { RuleViolation } from '@/rules/ruleViolation'

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

/** The RuleViolation an async call rejects with; fails the test when it resolves or rejects with something else. */
export async function asyncViolationOf(run: () => Promise<unknown>): Promise<RuleViolation> {
  const error = await run().then(
    () => new Error('expected a RuleViolation'),
    (e: unknown) => e,
  )
  if (error instanceof RuleViolation) return error
  throw error
}
