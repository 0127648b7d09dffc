import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { nitCheckDigit } from '@/rules/identification'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import { countRows, randomDigits, storedRow } from './helpers/fixtures'
import { expectGraphQLRule, expectLocalRule, expectRestRule } from './helpers/refusals'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
/** Parties are filed by branch staff: the professional of Bogotá files every party of this file. */
let clerk: User

const newNitBase = () => `9${randomDigits(8)}`
const wrongDigit = (digit: number) => (digit + 1) % 10
/** "900123456" → "900.123.456", as people type it. */
const withDots = (base: string) => base.replace(/\B(?=(\d{3})+(?!\d))/g, '.')

const partyData = (identification: Record<string, unknown>) => ({
  ...identification,
  businessName: 'Transportes de Prueba S.A.S.',
  insolvencyStatus: 'NINGUNO',
})

const partiesNumbered = (idNumber: string) => countRows(payload, SLUGS.parties, { idNumber: { equals: idNumber } })

/** R-REQ-02 refuses the identification over REST, GraphQL and the Local API alike, and no party is created. */
const expectIdentificationRefused = async (identification: Record<string, unknown>, lookFor: string, message: string) => {
  const data = partyData(identification)
  const before = await countRows(payload, SLUGS.parties)
  const client = await api.as(clerk)

  expectRestRule(await client.rest('POST', '/parties', data), 400, 'R-REQ-02', message)
  expectGraphQLRule(
    await client.graphql(`mutation ($data: mutationPartyInput!) { createParty(data: $data) { id } }`, { data }),
    'createParty',
    400,
    'R-REQ-02',
    message,
  )
  await expectLocalRule(
    payload.create({ collection: SLUGS.parties, data: data as any, overrideAccess: false, user: clerk }),
    400,
    'R-REQ-02',
    message,
  )

  expect(await partiesNumbered(lookFor)).toBe(0)
  expect(await countRows(payload, SLUGS.parties)).toBe(before)
}

const createOverRest = async (identification: Record<string, unknown>) => {
  const res = await (await api.as(clerk)).rest('POST', '/parties?depth=0', partyData(identification))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; idType: string; idNumber: string; checkDigit: number | null }
}

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  clerk = world.users.professionalBog
})

describe('parties: identification (R-REQ-02)', () => {
  it('R-REQ-02 a NIT with a wrong check digit is refused with 400 naming the right digit; nothing is created', async () => {
    const base = newNitBase()
    const right = nitCheckDigit(base)
    const wrong = wrongDigit(right)
    const message = `El dígito de verificación del NIT ${base} debe ser ${right}, no ${wrong}.`

    await expectIdentificationRefused({ idType: 'NIT', idNumber: base, checkDigit: wrong }, base, message)
    await expectIdentificationRefused({ idType: 'NIT', idNumber: `${withDots(base)}-${wrong}`}, base, message)
  })

  it('R-REQ-02 a NIT typed as "900.123.456-8" is stored as its number and its check digit', async () => {
    expect(nitCheckDigit('900123456')).toBe(8) // the example of the requirement
    const base = newNitBase()
    const digit = nitCheckDigit(base)

    const doc = await createOverRest({ idType: 'NIT', idNumber: `${withDots(base)}-${digit}` })
    expect(doc).toMatchObject({ idType: 'NIT', idNumber: base, checkDigit: digit })
    expect(await storedRow(payload, SLUGS.parties, doc.id)).toMatchObject({
      idType: 'NIT',
      idNumber: base,
      checkDigit: digit,
      displayName: 'Transportes de Prueba S.A.S.',
      branch: world.branches.bog.id,
    })
  })

  it('R-REQ-02 a NIT with its check digit in its own field is stored the same way', async () => {
    const base = newNitBase()
    const doc = await createOverRest({ idType: 'NIT', idNumber: withDots(base), checkDigit: nitCheckDigit(base) })
    expect(doc).toMatchObject({ idType: 'NIT', idNumber: base, checkDigit: nitCheckDigit(base) })
  })

  it('R-REQ-02 a NIT without check digit, or with two different ones, is refused', async () => {
    const base = newNitBase()
    const right = nitCheckDigit(base)
    await expectIdentificationRefused({ idType: 'NIT', idNumber: base }, base, `Falta el dígito de verificación del NIT ${base}.`)
    await expectIdentificationRefused(
      { idType: 'NIT', idNumber: `${base}-${right}`, checkDigit: wrongDigit(right) },
      base,
      `El NIT ${base} trae dos dígitos de verificación distintos: ${right} y ${wrongDigit(right)}.`,
    )
  })

  it('R-REQ-02 the same identification twice is refused, however it is typed; nothing is created', async () => {
    const base = newNitBase()
    const digit = nitCheckDigit(base)
    await createOverRest({ idType: 'NIT', idNumber: base, checkDigit: digit })
    const client = await api.as(clerk)

    for (const identification of [
      { idType: 'NIT', idNumber: base, checkDigit: digit },
      { idType: 'NIT', idNumber: `${withDots(base)}-${digit}` },
    ]) {
      const res = await client.rest('POST', '/parties', partyData(identification))
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(res.body.errors[0].data.errors).toEqual([
        expect.objectContaining({ message: 'El valor debe ser único', path: 'id_type, id_number' }),
      ])
    }
    await expect(
      payload.create({
        collection: SLUGS.parties,
        data: partyData({ idType: 'NIT', idNumber: base, checkDigit: digit }) as any,
        overrideAccess: false,
        user: clerk,
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(await partiesNumbered(base)).toBe(1)
  })

  it('R-REQ-02 uniqueness is per type: the same number as a cédula is another identification', async () => {
    const base = newNitBase()
    await createOverRest({ idType: 'NIT', idNumber: base, checkDigit: nitCheckDigit(base) })
    const cedula = await createOverRest({ idType: 'CC', idNumber: base })
    expect(cedula).toMatchObject({ idType: 'CC', idNumber: base, checkDigit: null })
    expect(await partiesNumbered(base)).toBe(2)
  })

  it('R-REQ-02 a cédula with letters is refused; one typed with dots is stored clean', async () => {
    const cedula = `1${randomDigits(9)}`
    await expectIdentificationRefused(
      { idType: 'CC', idNumber: `${cedula.slice(0, 4)}AB${cedula.slice(6)}` },
      `${cedula.slice(0, 4)}AB${cedula.slice(6)}`,
      'La cédula de ciudadanía debe tener entre 3 y 10 dígitos, sin letras.',
    )
    await expectIdentificationRefused(
      { idType: 'CC', idNumber: cedula, checkDigit: 3 },
      cedula,
      'Solo el NIT lleva dígito de verificación.',
    )

    const doc = await createOverRest({ idType: 'CC', idNumber: withDots(cedula) })
    expect(doc).toMatchObject({ idType: 'CC', idNumber: cedula, checkDigit: null })
  })

  it('R-REQ-02 changing only the check digit of a stored NIT to a wrong one is refused; the party is unchanged', async () => {
    const base = newNitBase()
    const right = nitCheckDigit(base)
    const doc = await createOverRest({ idType: 'NIT', idNumber: base, checkDigit: right })
    const before = await storedRow(payload, SLUGS.parties, doc.id)

    const res = await (await api.as(clerk)).rest('PATCH', `/parties/${doc.id}`, { checkDigit: wrongDigit(right) })
    expectRestRule(res, 400, 'R-REQ-02', `El dígito de verificación del NIT ${base} debe ser ${right}, no ${wrongDigit(right)}.`)
    expect(await storedRow(payload, SLUGS.parties, doc.id)).toEqual(before)
  })
})
