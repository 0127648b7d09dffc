import type { AfterErrorHook } from 'payload'

/**
 * The admin's save form shows a response's top-level `message` as it is, but reads each
 * `errors[].message` as "title: item, item" — a rule refusal "R-ROL-03: …, pero …" then showed as
 * "R-ROL-03 (2)" and two fragments, without its commas. Rule refusals (those carrying `data.rule`)
 * also get their message at the top level, so staff read the whole sentence; `errors` is unchanged
 * for API clients.
 */
export const showRuleRefusalWhole: AfterErrorHook = ({ error, result }) => {
  const rule = (error as { data?: { rule?: unknown } }).data?.rule
  if (typeof rule !== 'string' || !result) return
  return { response: { ...result, message: error.message } }
}
