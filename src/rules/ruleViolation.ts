/** A business rule refused the operation; `message` is shown to the user, in Spanish. */
export class RuleViolation extends Error {
  constructor(
    public readonly ruleId: string,
    message: string,
    public readonly status: 400 | 403 | 409 = 400,
  ) {
    super(message)
    this.name = 'RuleViolation'
  }
}
