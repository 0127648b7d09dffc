import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Case, Guarantee, Party, User } from '@/payload-types'
import { nitCheckDigit } from '@/rules/identification'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { countRows, randomDigits, storedRow } from './helpers/fixtures'
import { bankGuaranteeData } from './helpers/guaranteeWorld'
import { clientFor } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'
import { expectRefusal } from './helpers/refusals'

let world: CaseWorld
let caseBog: Case
let caseMed: Case
const TODAY = '2026-12-01'

const system = { overrideAccess: true, depth: 0 } as const
/** The Local API as a user, on the day the test is about (todayFor reads `asOf`). */
const as = (user: User) => ({ overrideAccess: false, user, depth: 0, context: { asOf: TODAY } }) as const

const offer = (user: User, data: Record<string, unknown>) =>
  payload.create({ collection: SLUGS.guarantees, data: data as never, ...as(user) }) as Promise<Guarantee>

const guaranteesOf = (caseId: number) => countRows(payload, SLUGS.guarantees, { case: { equals: caseId } })

/** A mortgage on real estate appraised on `date` by an outside appraiser. */
const mortgage = (caseId: number, owner: number, appraisal: Record<string, unknown> = {}) => ({
  case: caseId,
  owner,
  kind: 'HIPOTECA',
  mortgageDegree: 1,
  status: 'PROPUESTA',
  goodsType: 'INMUEBLE',
  goodsDescription: 'Apartamento 301, Calle 100 # 15-20, Bogotá (matrícula 50C-123456)',
  appraisal: { appraiserName: 'Lonja de Propiedad Raíz de Bogotá', appraiserId: '860012345', appraiserIsStaff: false, date: '2026-06-15', value: 250_000_000, ...appraisal },
})

const { payload } = await initTestApp()

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  const openCase = async (debtor: Party) =>
    (await payload.create({ collection: SLUGS.cases, data: { debtor: debtor.id, debtLines: [debtLine(30_000_000, '2026-03-15')] } as never, ...system })) as Case
  caseBog = await openCase(world.parties.debtorBog)
  caseMed = await openCase(world.parties.debtorMed)
}, 120_000)

describe('guarantees of a case\'s debt (R-GAR-03…08)', () => {
  it('R-GAR-04 branch staff offer an admissible guarantee over REST; it takes the case\'s branch and firm, whatever is sent', async () => {
    const client = await clientFor(world.users.professionalBog)
    const res = await client.rest('POST', '/guarantees?depth=0', {
      ...bankGuaranteeData(caseBog.id, world.parties.debtorBog.id, { value: 40_000_000 }),
      branch: world.branches.med.id,
      assignedFirm: world.users.firmB.id,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const stored = await storedRow(payload, SLUGS.guarantees, res.body.doc.id)
    expect(stored).toMatchObject({ branch: caseBog.branch, assignedFirm: caseBog.assignedFirm ?? null, status: 'PROPUESTA', value: 40_000_000 })
    expect(stored.title).toContain('Garantía bancaria')
  })

  it('R-GAR-04 a guarantee is offered only on a case the user works: Medellín staff cannot on a Bogotá case', async () => {
    const before = await guaranteesOf(caseBog.id)
    await expect(offer(world.users.professionalMed, bankGuaranteeData(caseBog.id, world.parties.debtorBog.id))).rejects.toMatchObject({ status: 404 })
    expect(await guaranteesOf(caseBog.id)).toBe(before)
  })

  it('R-GAR-05 shares are refused with the reason, over the Local API and REST; nothing is written', async () => {
    const before = await guaranteesOf(caseBog.id)
    const shares = bankGuaranteeData(caseBog.id, world.parties.debtorBog.id, { kind: 'ACCIONES', goodsDescription: '10 000 acciones de Ejemplo S.A.' })
    const error = await expectRefusal(offer(world.users.branchManagerBog, shares), 'R-GAR-05', 400)
    expect(error.message).toContain('las acciones no son garantía admisible')
    const res = await (await clientFor(world.users.collectionsManager)).rest('POST', '/guarantees', shares)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/^R-GAR-05: Garantía no admisible: las acciones/)
    expect(await guaranteesOf(caseBog.id)).toBe(before)
  })

  it('R-GAR-04 a second-degree mortgage is refused', async () => {
    await expectRefusal(offer(world.users.professionalBog, { ...mortgage(caseBog.id, world.parties.debtorBog.id), mortgageDegree: 2 }), 'R-GAR-04', 400)
  })

  it('R-GAR-05 for a company\'s debt the guarantor\'s own home is refused', async () => {
    const base = `9${randomDigits(8)}`
    const company = (await payload.create({
      collection: SLUGS.parties,
      data: { idType: 'NIT', idNumber: base, checkDigit: String(nitCheckDigit(base)), businessName: `Empresa ${world.tag}`, branch: world.branches.bog.id } as never,
      ...system,
    })) as Party
    const companyCase = (await payload.create({ collection: SLUGS.cases, data: { debtor: company.id, debtLines: [debtLine(30_000_000, '2026-03-15')] } as never, ...system })) as Case
    const home = { ...mortgage(companyCase.id, world.parties.debtorBog.id), guarantorOwnHome: true }
    await expectRefusal(offer(world.users.professionalBog, home), 'R-GAR-05', 400)
    expect(await guaranteesOf(companyCase.id)).toBe(0)
  })

  it('R-GAR-06 an appraisal 13 months old is refused; one exactly 12 months old is valid and sets the value', async () => {
    const before = await guaranteesOf(caseBog.id)
    const old = await expectRefusal(offer(world.users.professionalBog, mortgage(caseBog.id, world.parties.debtorBog.id, { date: '2025-11-01' })), 'R-GAR-06', 400)
    expect(old.message).toContain('más de un año')
    expect(await guaranteesOf(caseBog.id)).toBe(before)
    const edge = await offer(world.users.professionalBog, mortgage(caseBog.id, world.parties.debtorBog.id, { date: '2025-12-01', value: 180_000_000 }))
    expect((await storedRow(payload, SLUGS.guarantees, edge.id)).value).toBe(180_000_000)
  })

  it('R-GAR-06 an appraisal by company staff is refused; a vehicle\'s magazine value needs the inspection', async () => {
    await expectRefusal(offer(world.users.professionalBog, mortgage(caseBog.id, world.parties.debtorBog.id, { appraiserIsStaff: true })), 'R-GAR-06', 400)
    const vehicle = {
      ...mortgage(caseBog.id, world.parties.debtorBog.id, { appraiserName: null, appraiserId: null, value: null, magazineValue: 62_000_000, date: '2026-10-01' }),
      kind: 'PRENDA_SIN_TENENCIA',
      goodsType: 'VEHICULO',
      goodsDescription: 'Camión Chevrolet NHR 2022, placa WPK123',
    }
    await expectRefusal(offer(world.users.professionalBog, vehicle), 'R-GAR-06', 400)
    const inspected = await offer(world.users.professionalBog, { ...vehicle, inspection: { inspectedOn: '2026-11-20', location: 'Parqueadero de la empresa', condition: 'Bueno' } })
    expect((await storedRow(payload, SLUGS.guarantees, inspected.id)).value).toBe(62_000_000)
  })

  it('R-GAR-03 marked perfected only with its (past) date; goods inspected first', async () => {
    const g = await offer(world.users.professionalBog, mortgage(caseBog.id, world.parties.debtorBog.id))
    const update = (data: Record<string, unknown>) => payload.update({ collection: SLUGS.guarantees, id: g.id, data: data as never, ...as(world.users.professionalBog) })
    await expectRefusal(update({ status: 'PERFECCIONADA' }), 'R-GAR-03', 400)
    await expectRefusal(update({ status: 'PERFECCIONADA', perfectedOn: '2026-11-25' }), 'R-GAR-06', 400)
    expect((await storedRow(payload, SLUGS.guarantees, g.id)).status).toBe('PROPUESTA')
    await update({ status: 'PERFECCIONADA', perfectedOn: '2026-11-25', inspection: { inspectedOn: '2026-11-10', sufficient: true } })
    expect(await storedRow(payload, SLUGS.guarantees, g.id)).toMatchObject({ status: 'PERFECCIONADA' })
  })

  it('R-GAR-07 goods under another lien need the creditor informed; instead of embargoed goods, a guarantee worth as much', async () => {
    const lien = { ...mortgage(caseBog.id, world.parties.debtorBog.id), encumbrance: { underOtherLien: true, lienCreditor: 'Banco de Bogotá' } }
    await expectRefusal(offer(world.users.professionalBog, lien), 'R-GAR-07', 400)
    await offer(world.users.professionalBog, { ...lien, encumbrance: { ...lien.encumbrance, creditorInformedOn: '2026-11-15' } })

    await payload.update({
      collection: SLUGS.cases,
      id: caseMed.id,
      data: { measures: [{ kind: 'EMBARGO', description: 'Cuenta de ahorros Bancolombia', amount: 35_000_000, orderedOn: '2026-10-01' }] } as never,
      context: { deadlinesOnly: true },
      ...system,
    })
    const before = await guaranteesOf(caseMed.id)
    await expectRefusal(offer(world.users.professionalMed, bankGuaranteeData(caseMed.id, world.parties.debtorMed.id, { value: 34_999_999 })), 'R-GAR-07', 400)
    expect(await guaranteesOf(caseMed.id)).toBe(before)
    await offer(world.users.professionalMed, bankGuaranteeData(caseMed.id, world.parties.debtorMed.id, { value: 35_000_000 }))
  })

  describe('R-GAR-08 substitution', () => {
    let previous: Guarantee
    beforeAll(async () => {
      previous = await offer(world.users.professionalBog, bankGuaranteeData(caseBog.id, world.parties.debtorBog.id, { value: 50_000_000 }))
    })
    const substitute = (value: number, reason = 'El banco emisor entró en liquidación') =>
      bankGuaranteeData(caseBog.id, world.parties.debtorBog.id, { kind: 'POLIZA_SEGUROS', value, substitution: { previous: previous.id, reason } })

    it('R-GAR-08 a substitution by anyone but the collections coordinator (collections manager) is refused (403), nothing written', async () => {
      const before = await guaranteesOf(caseBog.id)
      for (const user of [world.users.branchManagerBog, world.users.professionalBog, world.users.executor, world.users.admin]) {
        await expectRefusal(offer(user, substitute(60_000_000)), 'R-GAR-08', 403)
      }
      expect(await guaranteesOf(caseBog.id)).toBe(before)
      expect((await storedRow(payload, SLUGS.guarantees, previous.id)).status).toBe('PROPUESTA')
    })

    it('R-GAR-08 a lower-value substitute, or one without a recorded reason, is refused', async () => {
      const lower = await expectRefusal(offer(world.users.collectionsManager, substitute(49_999_999)), 'R-GAR-08', 400)
      expect(lower.message).toContain('igual o superior')
      await expectRefusal(offer(world.users.collectionsManager, substitute(50_000_000, ' ')), 'R-GAR-08', 400)
      expect((await storedRow(payload, SLUGS.guarantees, previous.id)).status).toBe('PROPUESTA')
    })

    it('R-GAR-08 the collections manager replaces it for an equal value with a reason: the trail is stamped and the old one is SUSTITUIDA', async () => {
      const res = await (await clientFor(world.users.collectionsManager)).rest('POST', '/guarantees?depth=0', substitute(50_000_000))
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const stored = await storedRow(payload, SLUGS.guarantees, res.body.doc.id)
      expect(stored.substitution).toMatchObject({ previous: previous.id, reason: 'El banco emisor entró en liquidación', by: world.users.collectionsManager.id })
      expect((await storedRow(payload, SLUGS.guarantees, previous.id)).status).toBe('SUSTITUIDA')
      // A replaced guarantee is not replaced again.
      await expectRefusal(offer(world.users.collectionsManager, substitute(70_000_000)), 'R-GAR-08', 409)
    })
  })
})
