import { expect } from 'vitest'

type Response = { status: number; body: Record<string, any> }

/** Payload's own "not allowed" message, in Spanish (the fallback language) or English. */
export const NOT_ALLOWED = /No tienes permiso|not allowed/i

const ruleMessage = (rule: string, message?: string) => (message ? `${rule}: ${message}` : new RegExp(`^${rule}: `))

/** A business rule said no over REST: the status, the rule ID first in the message and in `data.rule`. */
export const expectRestRule = (res: Response, status: number, rule: string, message?: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(res.body.errors?.[0]?.data?.rule).toBe(rule)
  if (message) expect(res.body.errors?.[0]?.message).toBe(ruleMessage(rule, message))
  else expect(res.body.errors?.[0]?.message).toMatch(ruleMessage(rule))
  // What the admin's save form shows as is (hooks/showRuleRefusalWhole.ts).
  expect(res.body.message).toBe(res.body.errors?.[0]?.message)
}

/** A business rule said no over GraphQL: no data for the field, the rule's message and HTTP status in the error. */
export const expectGraphQLRule = (res: Response, field: string, status: number, rule: string, message?: string) => {
  expect(res.body.data?.[field] ?? null).toBeNull()
  const error = res.body.errors?.[0]
  expect(error?.extensions?.statusCode, JSON.stringify(res.body)).toBe(status)
  if (message) expect(error?.message).toBe(ruleMessage(rule, message))
  else expect(error?.message).toMatch(ruleMessage(rule))
}

/** A business rule said no through the Local API. */
export const expectLocalRule = async (attempt: Promise<unknown>, status: number, rule: string, message?: string) => {
  await expect(attempt).rejects.toMatchObject({
    status,
    data: { rule },
    message: message ? ruleMessage(rule, message) : expect.stringMatching(ruleMessage(rule)),
  })
}

/**
 * A business rule said no through the Local API, checked by its message ("<RULE-ID>: …") and, when
 * given, its HTTP status; returns the error for further checks.
 */
export const expectRefusal = async (attempt: Promise<unknown>, rule: string, status?: number) => {
  const caught = await attempt.then(
    () => undefined,
    (e: unknown) => e as { message?: string; status?: number },
  )
  if (!caught) throw new Error(`Se esperaba un rechazo ${rule} y la operación se aceptó.`)
  if (!String(caught.message).startsWith(`${rule}:`)) throw new Error(`Se esperaba ${rule}; llegó: ${caught.message}`)
  if (status !== undefined && caught.status !== status) throw new Error(`Se esperaba HTTP ${status}; llegó ${caught.status}`)
  return caught
}

/** Access control said no over REST: 401/403 for a list or write, 404 too for a row outside the user's scope. */
export const expectRestDenied = (res: Response, statuses: number[] = [401, 403]) => {
  expect(statuses, `${res.status} ${JSON.stringify(res.body)}`).toContain(res.status)
}

/** Access control said no over GraphQL: no data, and a 401/403 error (404 too for a row outside the user's scope). */
export const expectGraphQLDenied = (res: Response, field: string, statuses: number[] = [401, 403]) => {
  expect(res.body.data?.[field] ?? null).toBeNull()
  expect(statuses, JSON.stringify(res.body)).toContain(res.body.errors?.[0]?.extensions?.statusCode)
}

/** Access control said no through the Local API (Forbidden, or NotFound for a row outside the user's scope). */
export const expectLocalDenied = async (attempt: Promise<unknown>, statuses: number[] = [403]) => {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e as { status?: number },
  )
  expect(error, 'the Local API should have refused').toBeDefined()
  expect(statuses).toContain(error?.status)
}
