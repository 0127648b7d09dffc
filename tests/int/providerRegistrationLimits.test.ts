// Small limits for this file (read at each request): 4 registration requests per address, 3 checks
// of a representative's ID per NIT, each an hour.
process.env.TRUST_PROXY = 'true'
process.env.REGISTRATION_LIMIT_PER_IP = '4'
process.env.REGISTRATION_LIMIT_PER_NIT = '3'

import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { ProviderRegistry } from '@/payload-types'
import { randomDigits } from './helpers/fixtures'
import { registryData } from './helpers/payoutWorld'
import { anonymous } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'

/** SEC-RATE on the provider portal's anonymous registration steps (lookup, validate, register). */

let entry: ProviderRegistry

/** A fresh client address per test: limits persist in the shared test database. */
const newIp = () => `10.${Number(randomDigits(2))}.${Number(randomDigits(2))}.${Number(randomDigits(2))}`

const post = async (step: 'lookup' | 'validate', body: Record<string, unknown>, ip: string) => {
  const response = await anonymous.raw('POST', `/${SLUGS.providerRegistrations}/${step}`, body, { 'x-forwarded-for': ip })
  return { status: response.status, body: await response.json(), retryAfter: response.headers.get('retry-after') }
}

const validateForm = (representativeId: string) => ({
  nit: `${entry.nit}-${entry.checkDigit}`,
  habilitationCode: entry.sites[0]!.habilitationCode,
  representativeId,
})

const rateLimitedEvents = async (nit: string) =>
  (await payload.count({ collection: SLUGS.auditLogs, where: { and: [{ event: { equals: 'rate_limited' } }, { 'detail.nit': { equals: nit } }] }, overrideAccess: true }))
    .totalDocs

const { payload } = await initTestApp()

beforeAll(async () => {
  entry = (await payload.create({ collection: SLUGS.providerRegistry, data: registryData() as never, overrideAccess: true, depth: 0 })) as ProviderRegistry
}, 300_000)

describe('SEC-RATE provider registration', () => {
  it('SEC-RATE an address gets 4 registration requests an hour; the 5th is refused with 429 and Retry-After, another address is still served', async () => {
    const ip = newIp()
    for (let i = 0; i < 4; i++) {
      expect((await post('lookup', { nit: `${entry.nit}-${entry.checkDigit}` }, ip)).status).toBe(200)
    }
    const refused = await post('lookup', { nit: `${entry.nit}-${entry.checkDigit}` }, ip)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^SEC-RATE: Demasiados intentos\. Espere \d+ minutos? antes de volver a intentarlo\.$/)
    expect(Number(refused.retryAfter)).toBeGreaterThan(0)
    expect((await post('lookup', { nit: `${entry.nit}-${entry.checkDigit}` }, newIp())).status).toBe(200)
  })

  it('SEC-RATE a representative ID cannot be guessed from many addresses: after 3 checks of one NIT even the right ID waits, while other NITs are served', async () => {
    const right = entry.representativeId
    for (let i = 0; i < 3; i++) {
      const wrong = await post('validate', validateForm(`80${randomDigits(6)}`), newIp())
      expect(wrong.status).toBe(400)
      expect(wrong.body.errors[0].message).toMatch(/^R-PAY-01: /)
    }
    const locked = await post('validate', validateForm(right), newIp())
    expect(locked.status).toBe(429)
    expect(locked.body.contact, 'no contact data while refused').toBeUndefined()
    expect(await rateLimitedEvents(entry.nit)).toBe(1)

    const other = (await payload.create({ collection: SLUGS.providerRegistry, data: registryData() as never, overrideAccess: true, depth: 0 })) as ProviderRegistry
    const served = await post(
      'validate',
      { nit: `${other.nit}-${other.checkDigit}`, habilitationCode: other.sites[0]!.habilitationCode, representativeId: other.representativeId },
      newIp(),
    )
    expect(served.status).toBe(200)
    expect(served.body.contact.email).toBe(other.email)
  })
})
