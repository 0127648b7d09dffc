import { ValidationError, type AfterErrorHook } from 'payload'

/**
 * The admin's save form shows a response's top-level `message` as it is, but reads each
 * `errors[].message` as "title: item, item" — a rule refusal "R-ROL-03: …, pero …" then showed as
 * "R-ROL-03 (2)" and two fragments, without its commas. Rule refusals (those carrying `data.rule`)
 * also get their message at the top level, so staff read the whole sentence; `errors` is unchanged
 * for API clients. A refusal about one field (a `ValidationError`) is left as it is: with a
 * top-level message the form would only toast it, and not show it on its field.
 */
export const showRuleRefusalWhole: AfterErrorHook = ({ error, result }) => {
  const rule = (error as { data?: { rule?: unknown } }).data?.rule
  if (typeof rule !== 'string' || !result || error instanceof ValidationError) return
  return { response: { ...result, message: error.message } }
}
