/**
 * A business rule refused the operation; `message` is shown to the user, in Spanish. A refusal
 * about one field names it in `path` (Payload's field path, e.g. `closure.terminationCause`), so
 * the admin shows it on that field.
 */
export class RuleViolation extends Error {
  public readonly path?: string

  constructor(
    public readonly ruleId: string,
    message: string,
    public readonly status: 400 | 403 | 409 = 400,
    options: { path?: string } = {},
  ) {
    super(message)
    this.name = 'RuleViolation'
    this.path = options.path
  }
}
