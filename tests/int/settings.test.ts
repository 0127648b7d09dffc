import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Setting, User } from '@/payload-types'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import { expectGraphQLDenied, expectGraphQLRule, expectLocalDenied, expectLocalRule, expectRestDenied, expectRestRule } from './helpers/refusals'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
/** What the database held before this file ran: put back at the end for the files that follow. */
let original: Setting

type SettingsData = Partial<Omit<Setting, 'id' | 'updatedAt' | 'createdAt'>>

const BASELINE: SettingsData = {
  minimumWages: [
    { year: 2025, amount: 1_423_500 },
    { year: 2026, amount: 1_750_905 },
  ],
  moratoriumRates: [
    { from: '2026-01-01T00:00:00.000Z', to: '2026-01-31T00:00:00.000Z', annualRatePercent: '24.36' },
    { from: '2026-02-01T00:00:00.000Z', to: '2026-02-28T00:00:00.000Z', annualRatePercent: '25.52' },
  ],
}

const READ = `{ Setting { minimumWages { year amount } moratoriumRates { from to annualRatePercent } } }`
const UPDATE = `mutation ($data: mutationSettingInput!) { updateSetting(data: $data) { minimumWages { year amount } } }`

const stored = () => payload.findGlobal({ slug: SLUGS.settings, depth: 0, overrideAccess: true })
const strip = ({ id: _id, updatedAt: _u, createdAt: _c, globalType: _g, ...data }: Setting & { globalType?: string }) => data
const withoutRowIds = (data: SettingsData) => ({
  minimumWages: data.minimumWages?.map(({ year, amount }) => ({ year, amount })),
  moratoriumRates: data.moratoriumRates?.map(({ from, to, annualRatePercent }) => ({ from, to, annualRatePercent })),
})

const updateAsSystem = (data: SettingsData) =>
  payload.updateGlobal({ slug: SLUGS.settings, data, depth: 0, overrideAccess: true })

/** A change refused over REST, GraphQL and the Local API; the stored settings stay exactly as they were. */
const expectUpdateRefused = async (
  user: User,
  data: SettingsData,
  check: {
    rest: (res: { status: number; body: any }) => void
    graphql: (res: { status: number; body: any }) => void
    local: (attempt: Promise<unknown>) => Promise<void>
  },
) => {
  const before = await stored()
  const client = await api.as(user)
  check.rest(await client.rest('POST', `/globals/${SLUGS.settings}`, data))
  check.graphql(await client.graphql(UPDATE, { data }))
  await check.local(payload.updateGlobal({ slug: SLUGS.settings, data, overrideAccess: false, user }))
  expect(await stored()).toEqual(before)
}

/** R-INT-01 refusals, with the same message through every channel. */
const expectRuleRefusal = (data: SettingsData, message: string) =>
  expectUpdateRefused(world.users.admin, data, {
    rest: (res) => expectRestRule(res, 400, 'R-INT-01', message),
    graphql: (res) => expectGraphQLRule(res, 'updateSetting', 400, 'R-INT-01', message),
    local: (attempt) => expectLocalRule(attempt, 400, 'R-INT-01', message),
  })

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  original = await stored()
  await updateAsSystem(BASELINE)
})

afterAll(async () => {
  await updateAsSystem(strip(original))
})

describe('settings: who reads them', () => {
  it('R-ROL-01 internal staff read the settings through the Local API, REST and GraphQL', async () => {
    const expected = withoutRowIds(BASELINE)
    for (const user of [world.users.admin, world.users.collectionsManager, world.users.professionalBog, world.users.executor]) {
      const local = await payload.findGlobal({ slug: SLUGS.settings, overrideAccess: false, user, depth: 0 })
      expect(withoutRowIds(local)).toEqual(expected)
      const client = await api.as(user)
      const rest = await client.rest('GET', `/globals/${SLUGS.settings}?depth=0`)
      expect(rest.status).toBe(200)
      expect(withoutRowIds(rest.body)).toEqual(expected)
      const gql = await client.graphql(READ)
      expect(gql.body.errors).toBeUndefined()
      expect(gql.body.data.Setting).toEqual(expected)
    }
  })

  it('R-ROL-02 brokers, providers and anonymous visitors cannot read the settings', async () => {
    for (const user of [world.users.brokerA, world.users.provider]) {
      await expectLocalDenied(payload.findGlobal({ slug: SLUGS.settings, overrideAccess: false, user }))
      const client = await api.as(user)
      expectRestDenied(await client.rest('GET', `/globals/${SLUGS.settings}`))
      expectGraphQLDenied(await client.graphql(READ), 'Setting')
    }
    await expectLocalDenied(payload.findGlobal({ slug: SLUGS.settings, overrideAccess: false }))
    expectRestDenied(await api.anonymous.rest('GET', `/globals/${SLUGS.settings}`))
    expectGraphQLDenied(await api.anonymous.graphql(READ), 'Setting')
  })
})

describe('settings: who changes them', () => {
  const newWages = { minimumWages: [...BASELINE.minimumWages!, { year: 2027, amount: 1_900_000 }] }

  it('R-ROL-01 nobody but an administrator updates the settings; they stay unchanged', async () => {
    const refused = {
      rest: (res: { status: number; body: any }) => expectRestDenied(res, [403]),
      graphql: (res: { status: number; body: any }) => expectGraphQLDenied(res, 'updateSetting', [403]),
      local: (attempt: Promise<unknown>) => expectLocalDenied(attempt, [403]),
    }
    for (const user of [world.users.collectionsManager, world.users.professionalBog, world.users.brokerA, world.users.provider]) {
      await expectUpdateRefused(user, newWages, refused)
    }
    const before = await stored()
    expectRestDenied(await api.anonymous.rest('POST', `/globals/${SLUGS.settings}`, newWages))
    expect(await stored()).toEqual(before)
  })

  it('R-ROL-01 an administrator updates the settings', async () => {
    const res = await (await api.as(world.users.admin)).rest('POST', `/globals/${SLUGS.settings}?depth=0`, newWages)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(withoutRowIds(await stored()).minimumWages).toEqual(newWages.minimumWages)
    await updateAsSystem(BASELINE)
  })
})

describe('settings: consistency (R-INT-01)', () => {
  it('R-INT-01 overlapping moratorium-rate periods are refused with 400; the settings are unchanged', async () => {
    await expectRuleRefusal(
      {
        moratoriumRates: [
          { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z', annualRatePercent: '26.10' },
          { from: '2026-03-31T00:00:00.000Z', to: '2026-04-30T00:00:00.000Z', annualRatePercent: '26.40' },
        ],
      },
      'Los periodos de tasa de interés no pueden superponerse.',
    )
  })

  it('R-INT-01 a period that ends before it starts, or a malformed rate, is refused', async () => {
    await expectRuleRefusal(
      { moratoriumRates: [{ from: '2026-05-31T00:00:00.000Z', to: '2026-05-01T00:00:00.000Z', annualRatePercent: '26.10' }] },
      'Cada periodo de tasa debe terminar después de empezar.',
    )
    await expectRuleRefusal(
      { moratoriumRates: [{ from: '2026-05-01T00:00:00.000Z', to: '2026-05-31T00:00:00.000Z', annualRatePercent: '26,10' }] },
      'La tasa "26,10" no es un porcentaje válido (p. ej. 26.76).',
    )
  })

  it('R-INT-01 a year with two SMMLV is refused with 400; the settings are unchanged', async () => {
    await expectRuleRefusal(
      {
        minimumWages: [
          { year: 2026, amount: 1_750_905 },
          { year: 2026, amount: 1_800_000 },
        ],
      },
      'Hay más de un SMMLV para el mismo año.',
    )
  })

  it('R-MON-01 an SMMLV with centavos (1750905.5) is refused with 400; the settings are unchanged', async () => {
    const message = 'Debe ser un valor entero en pesos, sin decimales (R-MON-01).'
    const invalidAmount = (error: any) =>
      expect(error?.data?.errors ?? error?.extensions?.data?.errors).toEqual([
        expect.objectContaining({ message, path: 'minimumWages.0.amount' }),
      ])
    await expectUpdateRefused(
      world.users.admin,
      { minimumWages: [{ year: 2026, amount: 1_750_905.5 }] },
      {
        rest: (res) => {
          expect(res.status).toBe(400)
          invalidAmount(res.body.errors[0])
        },
        graphql: (res) => {
          expect(res.body.data?.updateSetting ?? null).toBeNull()
          expect(res.body.errors[0].extensions.statusCode).toBe(400)
          invalidAmount(res.body.errors[0])
        },
        local: async (attempt) => {
          const error = await attempt.then(() => undefined, (e: unknown) => e as { status: number })
          expect(error?.status).toBe(400)
          invalidAmount(error)
        },
      },
    )
  })
})
