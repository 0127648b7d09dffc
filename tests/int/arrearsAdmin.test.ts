import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seesArrearsPortfolio } from '../../access/seesArrearsPortfolio'
import { arrearsDashboard, type ArrearsDashboardData } from '@/arrears/arrearsDashboard'
import { arrearsSearchString, loadArrearsView, readArrearsSearch } from '@/arrears/arrearsView'
import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { loadRequestFollowUp } from '@/requests/requestFollowUp'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import { ARREARS_TERMS, createPolicy, noon } from './helpers/fixtures'
import { pdfBytes, reactivationOf, requestKindIds, uploadDocument } from './helpers/requestFixtures'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
const AS_OF = '2026-05-15'

/** A request as the admin builds it for this user: the loaders read with the user's own access. */
const reqOf = (user: User) => createLocalReq({ user: { ...user, collection: SLUGS.users } as any }, payload)

const sum = (figures: { policies: number; pending: number }[]) =>
  figures.reduce((acc, f) => ({ policies: acc.policies + f.policies, pending: acc.pending + f.pending }), { policies: 0, pending: 0 })

const branchFigure = (data: ArrearsDashboardData, id: number) => data.branches.find((b) => b.id === id)

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  const policy = (key: string, branch: 'bog' | 'med', due: string, extra: Record<string, unknown> = {}) =>
    createPolicy(payload, {
      ...ARREARS_TERMS,
      number: `POL-ADM-${key}-${world.tag}`,
      holder: branch === 'bog' ? world.parties.debtorBog.id : world.parties.debtorMed.id,
      branch: world.branches[branch].id,
      clave: branch === 'bog' ? world.claves.claveA : world.claves.claveB,
      paymentDueDate: noon(due),
      ...extra,
    })
  // The world's two policies are 90 days past due (1 428 000 each); these fill the other buckets.
  await policy('B1', 'bog', '2026-04-10', { totalDue: 800_000, amountPaid: 300_000, paymentStatus: 'PARCIAL' })
  await policy('B2', 'bog', '2026-03-20', { totalDue: 600_000 })
  await policy('B-NOT-DUE', 'bog', '2026-05-20', { totalDue: 100_000 })
  await policy('M1', 'med', '2026-03-01', { totalDue: 700_000, lineOfBusiness: 'SALUD' })
  await policy('M2', 'med', '2026-02-20', { totalDue: 900_000 })
  await policy('M-PAID', 'med', '2026-03-01', { totalDue: 100_000, amountPaid: 100_000, paymentStatus: 'PAGADA' })
})

describe('arrears dashboard (admin home)', () => {
  it('R-CAR-02: national staff get every bucket in order and each branch, and the parts add up to the total', async () => {
    const data = await arrearsDashboard(await reqOf(world.users.collectionsManager), AS_OF)
    expect(data.asOf).toBe(AS_OF)
    expect(data.buckets.map((b) => b.value)).toEqual(['1-45', '46-60', '61-75', '76-89', '90+'])
    expect(branchFigure(data, world.branches.bog.id)).toEqual({
      id: world.branches.bog.id,
      name: `${world.branches.bog.name} (${world.branches.bog.code})`,
      policies: 3,
      pending: 1_428_000 + 500_000 + 600_000,
    })
    expect(branchFigure(data, world.branches.med.id)).toMatchObject({ policies: 3, pending: 1_428_000 + 700_000 + 900_000 })
    // Other test files' policies are in the database too: the invariant is that the splits add up.
    expect(sum(data.buckets)).toEqual({ policies: data.policies, pending: data.pending })
    expect(sum(data.branches)).toEqual({ policies: data.policies, pending: data.pending })
  })

  it('R-CAR-03: a branch user sees only its branch, split by bucket', async () => {
    const data = await arrearsDashboard(await reqOf(world.users.professionalBog), AS_OF)
    expect(data.branches.map((b) => b.id)).toEqual([world.branches.bog.id])
    expect(data).toMatchObject({ policies: 3, pending: 2_528_000 })
    expect(Object.fromEntries(data.buckets.map((b) => [b.value, [b.policies, b.pending]]))).toEqual({
      '1-45': [1, 500_000],
      '46-60': [1, 600_000],
      '61-75': [0, 0],
      '76-89': [0, 0],
      '90+': [1, 1_428_000],
    })
    const med = await arrearsDashboard(await reqOf(world.users.professionalMed), AS_OF)
    expect(med.branches.map((b) => b.id)).toEqual([world.branches.med.id])
    expect(med.pending).toBe(3_028_000)
  })

  it('R-ROL-02: brokers and editors get neither the view nor the dashboard; portfolio staff do', () => {
    const sees = (user: User) => seesArrearsPortfolio({ req: { user: user as any } })
    expect(sees(world.users.brokerA)).toBe(false)
    expect(sees(world.users.provider)).toBe(false)
    expect(sees(world.users.editor)).toBe(false)
    for (const user of [world.users.admin, world.users.collectionsManager, world.users.professionalBog, world.users.executor, world.users.legal, world.users.firmA]) {
      expect(sees(user)).toBe(true)
    }
  })
})

describe('"Cartera en mora" view loader', () => {
  it('R-CAR-03: the totals for the filter match the sum of the listed rows (branch user, its branch only)', async () => {
    const view = await loadArrearsView(await reqOf(world.users.branchManagerBog), { asOf: AS_OF, limit: '500' })
    if (!view.ok) throw new Error(JSON.stringify(view.issues))
    expect(view.rows.every((r) => r.branch === world.branches.bog.id)).toBe(true)
    expect(view.totalDocs).toBe(view.rows.length)
    expect(view.totals.pending).toBe(view.rows.reduce((acc, r) => acc + r.pending, 0))
    expect(view.totals.pending).toBe(2_528_000)
    // Ordered by due date: the oldest debt first.
    expect(view.rows.map((r) => r.daysPastDue)).toEqual([90, 56, 35])
  })

  it('R-CAR-01: the view shows the same rows and totals the broker API gives the same user', async () => {
    const view = await loadArrearsView(await reqOf(world.users.branchManagerBog), { asOf: AS_OF, bucket: '46-60' })
    if (!view.ok) throw new Error(JSON.stringify(view.issues))
    const fromApi = await (await api.login(world.users.branchManagerBog.email)).rest('GET', `/arrears?asOf=${AS_OF}&bucket=46-60`)
    expect(fromApi.status).toBe(200)
    expect(view.rows).toEqual(fromApi.body.rows)
    expect(view.totals.pending).toBe(fromApi.body.totalPending)
    expect(view.rows.map((r) => r.number)).toEqual([`POL-ADM-B2-${world.tag}`])
  })

  it('R-CAR-03: national staff narrow the table to one branch; branch staff are not offered the filter and cannot widen their access with it', async () => {
    const national = await loadArrearsView(await reqOf(world.users.collectionsManager), { asOf: AS_OF, branch: String(world.branches.med.id) })
    if (!national.ok) throw new Error(JSON.stringify(national.issues))
    expect(national.branchOptions.map((b) => b.value)).toEqual(expect.arrayContaining([world.branches.bog.id, world.branches.med.id]))
    expect(national.totalDocs).toBe(3)
    expect(national.rows.every((r) => r.branch === world.branches.med.id)).toBe(true)
    expect(national.totals.branches.map((b) => b.id)).toEqual([world.branches.med.id])
    expect(national.totals.pending).toBe(3_028_000)

    const branch = await loadArrearsView(await reqOf(world.users.professionalBog), { asOf: AS_OF, branch: String(world.branches.med.id) })
    if (!branch.ok) throw new Error(JSON.stringify(branch.issues))
    expect(branch.branchOptions).toEqual([])
    expect(branch.totalDocs).toBe(0)
    expect(branch.totals.pending).toBe(0)
  })

  it('R-CAR-03: line of business and start-of-cover range filter the table as they do the API', async () => {
    const view = await loadArrearsView(await reqOf(world.users.collectionsManager), {
      asOf: AS_OF,
      lineOfBusiness: 'SALUD',
      dateField: 'coverStart',
      from: '2026-01-10',
      to: '2026-01-10',
      branch: String(world.branches.med.id),
    })
    if (!view.ok) throw new Error(JSON.stringify(view.issues))
    expect(view.rows.map((r) => [r.number, r.bucket])).toEqual([[`POL-ADM-M1-${world.tag}`, '61-75']])
  })

  it('R-CAR-03: a bad filter comes back as Spanish messages to show, not an exception; empty fields mean "all"', async () => {
    const req = await reqOf(world.users.professionalBog)
    const bad = await loadArrearsView(req, { bucket: '10-20', clave: 'abc' })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.issues.map((i) => i.campo).sort()).toEqual(['bucket', 'clave'])
    expect(bad.issues.find((i) => i.campo === 'bucket')!.mensaje).toMatch(/bucket debe ser una de 1-45, 46-60, 61-75, 76-89, 90\+/)
    const range = await loadArrearsView(req, { from: '2026-03-01', to: '2026-01-01' })
    expect(range.ok || range.issues[0]!.mensaje).toBe('from no puede ser posterior a to.')
    const date = await loadArrearsView(req, { asOf: '2026-02-30' })
    expect(date.ok || date.issues[0]!.mensaje).toBe('asOf no es una fecha del calendario.')
    // Dates are typed as dd/MM/yyyy whatever the browser's locale; the browser's mm/dd/yyyy is not a day.
    const typed = await loadArrearsView(req, { asOf: '15/05/2026' })
    expect(typed.ok && typed.asOf).toBe(AS_OF)
    const american = await loadArrearsView(req, { asOf: '05/15/2026' })
    expect(american.ok || american.issues[0]!.mensaje).toBe('asOf no es una fecha del calendario.')
    const empty = await loadArrearsView(req, { asOf: AS_OF, bucket: '', from: '', clave: ' ', branch: '' })
    expect(empty.ok && empty.totalDocs).toBe(3)
  })

  it('R-CAR-04: links keep the filters (90+ escaped) and drop empty ones', () => {
    expect(readArrearsSearch({ bucket: ['90+', '1-45'], clave: '', from: undefined, asOf: ' 2026-05-15 ' })).toEqual({ bucket: '90+', asOf: '2026-05-15' })
    expect(arrearsSearchString({ bucket: '90+', page: '3', clave: '90833' }, { page: undefined, asOf: AS_OF })).toBe(
      'bucket=90%2B&clave=90833&asOf=2026-05-15',
    )
  })
})

describe('request follow-up ("Seguimiento")', () => {
  it('R-REQ-07: documents with name and size, and status changes and comments in one timeline, oldest first', async () => {
    const kinds = await requestKindIds(payload)
    const broker = await api.login(world.users.brokerA.email)
    const staff = await api.login(world.users.professionalBog.email)
    const upload = await uploadDocument(broker, 'soporte.pdf', pdfBytes())
    const filed = await broker.rest(
      'POST',
      `/${SLUGS.requests}?depth=0`,
      reactivationOf(world, kinds, { attachments: [upload.body.doc.id], comments: [{ text: 'Adjunto el soporte.' }] }),
    )
    expect(filed.status).toBe(201)
    const returned = await staff.rest('PATCH', `/${SLUGS.requests}/${filed.body.doc.id}?depth=0`, {
      status: 'DEVUELTO',
      comments: [...filed.body.doc.comments, { text: 'Falta el recibo legible.' }],
    })
    expect(returned.status).toBe(200)

    const followUp = await loadRequestFollowUp(await reqOf(world.users.professionalBog), filed.body.doc.id)
    expect(followUp!.attachments).toEqual([
      { id: upload.body.doc.id, filename: expect.stringMatching(/^soporte.*\.pdf$/), filesize: pdfBytes().length, mimeType: 'application/pdf', url: expect.stringContaining('/api/documents/file/') },
    ])
    expect(followUp!.commentCount).toBe(2)
    expect(followUp!.events.map((e) => (e.kind === 'status' ? `${e.from ?? ''}→${e.to} (${e.by})` : `«${e.text}» (${e.by})`))).toEqual([
      `«Adjunto el soporte.» (broker-a)`,
      `→Radicado (broker-a)`,
      `«Falta el recibo legible.» (prof-bog)`,
      `Radicado→Devuelto (prof-bog)`,
    ])
  })

  it("R-ROL-01: another branch's staff get no follow-up of a request they may not read", async () => {
    const { docs } = await payload.find({ collection: SLUGS.requests, where: { branch: { equals: world.branches.bog.id } }, limit: 1, depth: 0 })
    expect(await loadRequestFollowUp(await reqOf(world.users.professionalMed), docs[0]!.id)).toBeNull()
  })
})
