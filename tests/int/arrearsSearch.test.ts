import ExcelJS from 'exceljs'
import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Party, Policy } from '@/payload-types'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { ARREARS_TERMS, createPolicy, noon, randomDigits } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
let brokerA: ApiClient
let brokerB: ApiClient
let staffMed: ApiClient
let zuletaA: Party
let zuletaB: Party
const p: Record<string, Policy> = {}
const AS_OF = '2026-05-15'

const numbersOf = (res: { status: number; body: any }) => {
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
  return (res.body.rows as { number: string }[]).map((r) => r.number).sort()
}

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  const party = (branch: number, firstName: string, lastName: string, idNumber: string) =>
    payload.create({ collection: SLUGS.parties, data: { idType: 'CC', idNumber, firstName, lastName, branch } as never, depth: 0 }) as Promise<Party>
  zuletaA = await party(world.branches.bog.id, 'Mónica', `Zuleta Ñáñez ${world.tag}`, `7${randomDigits(9)}`)
  zuletaB = await party(world.branches.med.id, 'Ramón', `Zuleta Ñáñez ${world.tag}`, `7${randomDigits(9)}`)
  const policy = (key: string, holder: Party, side: 'bog' | 'med', extra: Record<string, unknown> = {}) =>
    createPolicy(payload, {
      ...ARREARS_TERMS,
      number: `POL-S${key}-${world.tag}`,
      holder: holder.id,
      branch: world.branches[side].id,
      clave: side === 'bog' ? world.claves.claveA : world.claves.claveB,
      paymentDueDate: noon('2026-04-10'),
      totalDue: 400_000,
      ...extra,
    }).then((doc) => (p[key] = doc))
  await policy('A1', zuletaA, 'bog')
  await policy('A2', zuletaA, 'bog', { lineOfBusiness: 'AU-LIVIANOS', plate: `ZQX${randomDigits(3)}` })
  await policy('B1', zuletaB, 'med')
  brokerA = await api.login(world.users.brokerA.email)
  brokerB = await api.login(world.users.brokerB.email)
  staffMed = await api.as(world.users.professionalMed)
})

describe('R-CAR-03 free-text search of the arrears module', () => {
  it("R-CAR-03 finds a broker's policies by the holder's name, without accents or case, and every word must appear", async () => {
    expect(numbersOf(await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&q=${encodeURIComponent(`zuleta nanez ${world.tag}`)}`))).toEqual([p.A1!.number, p.A2!.number].sort())
    expect(numbersOf(await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&q=${encodeURIComponent(`MÓNICA ${world.tag}`)}`))).toEqual([p.A1!.number, p.A2!.number].sort())
    expect(numbersOf(await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&q=${encodeURIComponent(`Ramón ${world.tag}`)}`))).toEqual([])
  })

  it('R-CAR-03 finds by the holder ID (any part of it), the policy number and the plate', async () => {
    expect(numbersOf(await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&q=${zuletaA.idNumber.slice(2, 8)}`))).toEqual([p.A1!.number, p.A2!.number].sort())
    expect(numbersOf(await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&q=${p.A1!.number.toLowerCase()}`))).toEqual([p.A1!.number])
    expect(numbersOf(await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&q=${p.A2!.plate!.toLowerCase()}`))).toEqual([p.A2!.number])
  })

  it("R-ROL-02 the search stays in the user's scope: another broker's or branch's policies are never found", async () => {
    const q = encodeURIComponent(`zuleta ${world.tag}`)
    expect(numbersOf(await brokerB.rest('GET', `/arrears?asOf=${AS_OF}&q=${q}`))).toEqual([p.B1!.number])
    expect(numbersOf(await staffMed.rest('GET', `/arrears?asOf=${AS_OF}&q=${q}`))).toEqual([p.B1!.number])
    expect(numbersOf(await brokerB.rest('GET', `/arrears?asOf=${AS_OF}&q=${zuletaA.idNumber}`))).toEqual([])
  })

  it('R-CAR-03 the totals and the Excel export follow the same search', async () => {
    const q = encodeURIComponent(`zuleta ${world.tag}`)
    const res = await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&q=${q}`)
    expect([res.body.totalDocs, res.body.totalPending]).toEqual([2, 800_000])
    const response = await brokerA.raw('GET', `/arrears/export.xlsx?asOf=${AS_OF}&q=${encodeURIComponent(p.A2!.plate!)}`)
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any)
    const sheet = workbook.getWorksheet('Cartera')!
    const numbers: unknown[] = []
    sheet.eachRow((row, i) => i > 1 && numbers.push(row.getCell(1).value))
    expect(numbers).toContain(p.A2!.number)
    expect(numbers).not.toContain(p.A1!.number)
  })

  it('R-CAR-03 a search of one character is a 400 naming q', async () => {
    const res = await brokerA.rest('GET', `/arrears?q=z`)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/q: R-CAR-03: La búsqueda debe tener al menos 2 caracteres/)
  })

  it("R-CAR-03 a holder's new name reaches its policies' search at once", async () => {
    await payload.update({ collection: SLUGS.parties, id: zuletaA.id, data: { lastName: `Quintero ${world.tag}` } as never, depth: 0 })
    expect(numbersOf(await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&q=${encodeURIComponent(`quintero ${world.tag}`)}`))).toEqual([p.A1!.number, p.A2!.number].sort())
    expect(numbersOf(await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&q=${encodeURIComponent(`zuleta ${world.tag}`)}`))).toEqual([])
  })

  it("R-CAR-03 R-ROL-02 the admin's list of policies searches the same folded column (its search box), in the user's scope, over REST, GraphQL and the Local API", async () => {
    const search = (q: string) => `/${SLUGS.policies}?depth=0&limit=10&where[or][0][searchText][like]=${encodeURIComponent(q)}`
    const numbers = (res: { status: number; body: any }) => {
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
      return (res.body.docs as { number: string }[]).map((d) => d.number).sort()
    }
    // A branch professional in Medellín finds Medellín's holder by name, accents and case aside; not Bogotá's.
    expect(numbers(await staffMed.rest('GET', search(`RAMÓN zuleta ${world.tag}`)))).toEqual([p.B1!.number])
    expect(numbers(await staffMed.rest('GET', search(`Mónica ${world.tag}`)))).toEqual([])
    // A broker finds its own policies by plate and holder ID, never the other clave's.
    expect(numbers(await brokerA.rest('GET', search(p.A2!.plate!.toLowerCase())))).toEqual([p.A2!.number])
    expect(numbers(await brokerB.rest('GET', search(zuletaA.idNumber)))).toEqual([])
    const gql = await staffMed.graphql(`{ Policies(where: { OR: [{ searchText: { like: "ramon ÑÁÑEZ ${world.tag}" } }] }) { docs { number } } }`)
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.Policies.docs.map((d: { number: string }) => d.number)).toEqual([p.B1!.number])
    const local = await payload.find({
      collection: SLUGS.policies,
      where: { or: [{ searchText: { like: `Zuleta ${world.tag}` } }] },
      depth: 0,
      overrideAccess: false,
      user: world.users.professionalMed,
    })
    expect(local.docs.map((d) => d.number)).toEqual([p.B1!.number])
  })

  it('R-CAR-03 the search column has a trigram (GIN) index', async () => {
    const { rows } = await (payload.db as any).drizzle.execute(sql`select indexdef from pg_indexes where tablename = 'policies' and indexname = 'policies_search_text_trgm_idx'`)
    expect(rows[0]?.indexdef).toMatch(/USING gin \(search_text gin_trgm_ops\)/)
  })
})
