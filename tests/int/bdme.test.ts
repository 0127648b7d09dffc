import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { BdmeEntry, Party, User } from '@/payload-types'
import { isBlockedByBdme } from '@/rules/bdme/bdmeEntry'
import { everyUser } from './helpers/accessWorld'
import { buildCaseWorld, type CaseWorld } from './helpers/caseWorld'
import { countRows, createParty, storedRow } from './helpers/fixtures'
import { bdmeReportData } from './helpers/guaranteeWorld'
import { anonymous, clientFor } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'
import { expectRefusal } from './helpers/refusals'

let world: CaseWorld
const TODAY = '2026-12-01'

const as = (user: User) => ({ overrideAccess: false, user, depth: 0, context: { asOf: TODAY } }) as const
const report = (user: User, data: Record<string, unknown>) =>
  payload.create({ collection: SLUGS.bdmeEntries, data: data as never, ...as(user) }) as Promise<BdmeEntry>
const withdraw = (id: number, withdrawnOn: string, withdrawalReason = 'Pago total de la obligación') =>
  payload.update({ collection: SLUGS.bdmeEntries, id, data: { withdrawnOn, withdrawalReason } as never, ...as(world.users.executor) }) as Promise<BdmeEntry>
const entriesOf = (party: number) => countRows(payload, SLUGS.bdmeEntries, { party: { equals: party } })
const debtor = (name: string) => createParty(payload, { branch: world.branches.med.id, firstName: name, lastName: world.tag }) as Promise<Party>

const { payload } = await initTestApp()

beforeAll(async () => {
  world = await buildCaseWorld(payload)
}, 120_000)

describe('the BDME register (R-ROL-05, R-AGR-02)', () => {
  it('R-ROL-05 a report by anyone but the executor officer is refused, over the Local API and REST; nothing is written', async () => {
    const party = await debtor('NoEjecutor')
    for (const [role, user] of everyUser(world)) {
      if (role === 'executor') continue
      await expect(report(user, bdmeReportData(party.id)), role).rejects.toMatchObject({ status: 403 })
      const res = await (await clientFor(user)).rest('POST', '/bdme-entries', bdmeReportData(party.id))
      expect(res.status, role).toBe(403)
    }
    expect(await entriesOf(party.id)).toBe(0)
    expect(await storedRow(payload, SLUGS.parties, party.id)).toMatchObject({ reportedToBdme: false })
  }, 300_000)

  it('R-ROL-05 the executor reports over REST with date and reason: identification copied, author stamped, the debtor\'s flag derived', async () => {
    const party = await debtor('Reportado')
    const res = await (await clientFor(world.users.executor)).rest('POST', '/bdme-entries?depth=0', { ...bdmeReportData(party.id, { reportedOn: '2026-07-01' }), idNumber: '1' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const stored = await storedRow(payload, SLUGS.bdmeEntries, res.body.doc.id)
    expect(stored).toMatchObject({ idType: party.idType, idNumber: party.idNumber, reportedBy: world.users.executor.id, open: true })
    const flags = await storedRow(payload, SLUGS.parties, party.id)
    expect([flags.reportedToBdme, String(flags.bdmeReportedAt).slice(0, 10)]).toEqual([true, '2026-07-01'])
  })

  it('R-ROL-05 a report without its reason, or a second one while the first is in force, is refused', async () => {
    const party = await debtor('Doble')
    await expectRefusal(report(world.users.executor, bdmeReportData(party.id, { reason: ' ' })), 'R-ROL-05', 400)
    await report(world.users.executor, bdmeReportData(party.id))
    await expectRefusal(report(world.users.executor, bdmeReportData(party.id)), 'R-ROL-05', 409)
    expect(await entriesOf(party.id)).toBe(1)
  })

  it('R-ROL-05 a withdrawal carries date and reason, clears the flag, keeps the history, and is final', async () => {
    const party = await debtor('Retirado')
    const entry = await report(world.users.executor, bdmeReportData(party.id, { reportedOn: '2026-04-10' }))
    await expectRefusal(withdraw(entry.id, '2026-11-02', ''), 'R-ROL-05', 400)
    const byManager = { withdrawnOn: '2026-11-02', withdrawalReason: 'Pago' }
    await expect(
      payload.update({ collection: SLUGS.bdmeEntries, id: entry.id, data: byManager as never, ...as(world.users.collectionsManager) }),
    ).rejects.toMatchObject({ status: 403 })
    await withdraw(entry.id, '2026-11-02')
    expect(await storedRow(payload, SLUGS.bdmeEntries, entry.id)).toMatchObject({ open: false, withdrawnBy: world.users.executor.id, withdrawalReason: 'Pago total de la obligación' })
    expect(await storedRow(payload, SLUGS.parties, party.id)).toMatchObject({ reportedToBdme: false, bdmeReportedAt: null })
    await expectRefusal(withdraw(entry.id, '2026-11-03'), 'R-ROL-05', 409)
    await expectRefusal(
      payload.update({ collection: SLUGS.bdmeEntries, id: entry.id, data: { reason: 'Otro motivo' } as never, ...as(world.users.executor) }),
      'R-ROL-05',
      409,
    )
    // Reported again later: a new entry, the old one stays.
    await report(world.users.executor, bdmeReportData(party.id, { reportedOn: '2026-11-20' }))
    expect(await entriesOf(party.id)).toBe(2)
    expect((await storedRow(payload, SLUGS.parties, party.id)).reportedToBdme).toBe(true)
  })

  it('R-AGR-02 isBlockedByBdme on the stored register: in force blocks, withdrawn does not', async () => {
    const blocked = await debtor('Bloqueado')
    const cleared = await debtor('Libre')
    await report(world.users.executor, bdmeReportData(blocked.id))
    const old = await report(world.users.executor, bdmeReportData(cleared.id, { reportedOn: '2026-02-01' }))
    await withdraw(old.id, '2026-03-01')
    const entriesOfParty = async (party: number) =>
      (await payload.find({ collection: SLUGS.bdmeEntries, where: { party: { equals: party } }, pagination: false, depth: 0, overrideAccess: true })).docs
    expect(isBlockedByBdme(await entriesOfParty(blocked.id), TODAY)).toBe(true)
    expect(isBlockedByBdme(await entriesOfParty(cleared.id), TODAY)).toBe(false)
    expect(isBlockedByBdme(await entriesOfParty(cleared.id), '2026-02-15')).toBe(true)
  })

  describe('the semester filing, GET /api/bdme/semester.xlsx', () => {
    const parties: Record<string, Party> = {}
    const entries: Record<string, BdmeEntry> = {}
    beforeAll(async () => {
      for (const key of ['inForce', 'withdrawnInSemester', 'withdrawnBefore', 'withdrawnAfterCutOff', 'reportedAfterCutOff']) parties[key] = await debtor(`Semestre${key}`)
      entries.inForce = await report(world.users.executor, bdmeReportData(parties.inForce!.id, { reportedOn: '2026-03-02', amount: 48_300_125 }))
      entries.withdrawnInSemester = await report(world.users.executor, bdmeReportData(parties.withdrawnInSemester!.id, { reportedOn: '2026-06-30' }))
      await withdraw(entries.withdrawnInSemester.id, '2026-09-15')
      entries.withdrawnBefore = await report(world.users.executor, bdmeReportData(parties.withdrawnBefore!.id, { reportedOn: '2026-01-10' }))
      await withdraw(entries.withdrawnBefore.id, '2026-05-31')
      entries.withdrawnAfterCutOff = await report(world.users.executor, bdmeReportData(parties.withdrawnAfterCutOff!.id, { reportedOn: '2026-08-01' }))
      await withdraw(entries.withdrawnAfterCutOff.id, '2026-12-01')
      entries.reportedAfterCutOff = await report(world.users.executor, bdmeReportData(parties.reportedAfterCutOff!.id, { reportedOn: '2026-12-01' }))
    }, 120_000)

    const download = async (user: User, query = 'year=2026&semester=2') => (await clientFor(user)).raw('GET', `/bdme/semester.xlsx?${query}`)

    it('R-ROL-05 the filing lists the reports in force at 30 November and those withdrawn in the semester, typed, as stored', async () => {
      const response = await download(world.users.executor)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/spreadsheetml/)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any)
      const sheet = workbook.worksheets[0]!
      const header = (sheet.getRow(1).values as unknown[]).slice(1)
      expect(header).toEqual([
        'Tipo de identificación',
        'Número de identificación',
        'DV',
        'Nombre o razón social',
        'Número de la obligación',
        'Valor de la obligación',
        'Fecha de la obligación',
        'Fecha de reporte',
        'Motivo del reporte',
        'Estado al corte',
        'Fecha de retiro',
        'Motivo del retiro',
      ])
      const byObligation = new Map<string, unknown[]>()
      sheet.eachRow((row, n) => {
        if (n > 1) byObligation.set(String(row.getCell(5).value), (row.values as unknown[]).slice(1))
      })
      const line = (key: string) => byObligation.get(entries[key]!.obligation)
      expect(line('withdrawnBefore')).toBeUndefined()
      expect(line('reportedAfterCutOff')).toBeUndefined()

      for (const [key, state] of [['inForce', 'REPORTADO'], ['withdrawnInSemester', 'RETIRADO'], ['withdrawnAfterCutOff', 'REPORTADO']] as const) {
        const stored = (await storedRow(payload, SLUGS.bdmeEntries, entries[key]!.id)) as BdmeEntry
        const cells = line(key)!
        expect(cells, key).toBeDefined()
        expect(cells[1]).toBe(stored.idNumber)
        expect(cells[3]).toBe(stored.name)
        expect(cells[5]).toBe(stored.amount)
        expect(typeof cells[5]).toBe('number')
        expect(cells[6]).toBeInstanceOf(Date)
        expect((cells[7] as Date).toISOString().slice(0, 10)).toBe(stored.reportedOn.slice(0, 10))
        expect(cells[8]).toBe(stored.reason)
        expect(cells[9]).toBe(state)
        if (state === 'RETIRADO') expect([(cells[10] as Date).toISOString().slice(0, 10), cells[11]]).toEqual([stored.withdrawnOn!.slice(0, 10), stored.withdrawalReason])
        else expect(cells[10] ?? null).toBeNull()
      }
      expect(line('inForce')![5]).toBe(48_300_125)
    })

    it('R-ROL-05 the filing is read by internal staff only; a bad semester is a 400', async () => {
      expect((await download(world.users.legal)).status).toBe(200)
      expect((await download(world.users.brokerA)).status).toBe(403)
      expect((await download(world.users.provider)).status).toBe(403)
      expect((await anonymous.raw('GET', '/bdme/semester.xlsx?year=2026&semester=2')).status).toBe(401)
      const bad = await (await clientFor(world.users.executor)).rest('GET', '/bdme/semester.xlsx?year=2026&semester=3')
      expect(bad.status).toBe(400)
    })
  })
})
