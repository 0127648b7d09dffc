import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from '@/db/databaseUnavailable'

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })

describe('isDatabaseUnavailable', () => {
  it('recognises a server that refuses, resets or is shutting down', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true)
    expect(isDatabaseUnavailable(withCode('ECONNRESET'))).toBe(true)
    expect(isDatabaseUnavailable(withCode('57P01', 'terminating connection due to administrator command'))).toBe(true)
    expect(isDatabaseUnavailable(withCode('57P03', 'the database system is starting up'))).toBe(true)
    expect(isDatabaseUnavailable(withCode('08006'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
  })

  it('looks through wrappers: drizzle causes, AggregateError, Payload messages', () => {
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: withCode('ECONNREFUSED') }))).toBe(true)
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED')], ''))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true)
  })

  it('leaves faults and refusals alone', () => {
    expect(isDatabaseUnavailable(withCode('22003', 'value "99999999999999999999" is out of range for type integer'))).toBe(false)
    expect(isDatabaseUnavailable(withCode('23505', 'duplicate key value violates unique constraint'))).toBe(false)
    expect(isDatabaseUnavailable(new TypeError('Cannot read properties of undefined'))).toBe(false)
    expect(isDatabaseUnavailable(Object.assign(new Error('No tienes permiso'), { status: 403 }))).toBe(false)
    expect(isDatabaseUnavailable(undefined)).toBe(false)
  })
})
