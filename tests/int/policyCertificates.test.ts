import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Policy } from '@/payload-types'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import { countRows, createPolicy, noon, policyData, storedRow } from './helpers/fixtures'
import { expectGraphQLRule, expectRestRule } from './helpers/refusals'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
let group: Policy

const certificates = () => [
  { number: '11', insured: 'Asegurado 11', amountDue: 500_000, dueDate: noon('2026-03-10') },
  { number: '4', insured: 'Asegurado 4', amountDue: 300_000, dueDate: noon('2026-02-10') },
]
const auditRows = (id: number) => countRows(payload, SLUGS.auditLogs, { and: [{ collectionSlug: { equals: SLUGS.policies } }, { documentId: { equals: String(id) } }] })

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  group = await createPolicy(payload, {
    number: `POL-CERT-${world.tag}`,
    holder: world.parties.debtorBog.id,
    branch: world.branches.bog.id,
    clave: world.claves.claveA,
    type: 'COLECTIVA',
    lineOfBusiness: 'VIDA-GRUPO',
    certificates: certificates(),
  })
})

describe('R-CAR-04 a policy with certificates', () => {
  it('R-CAR-04 certificates alone set the totals, the due date of the oldest and each status', async () => {
    expect(group).toMatchObject({ totalDue: 800_000, amountPaid: 0, paymentDueDate: noon('2026-02-10'), paymentStatus: 'PENDIENTE' })
    expect(group.certificates!.map((c) => [c.number, c.status])).toEqual([
      ['11', 'PENDIENTE'],
      ['4', 'PENDIENTE'],
    ])
  })

  it('R-CAR-04 staff editing a certificate moves the totals with it', async () => {
    const staff = await api.as(world.users.professionalBog)
    const [eleven, four] = group.certificates!
    const res = await staff.rest('PATCH', `/${SLUGS.policies}/${group.id}?depth=0`, {
      certificates: [eleven, { ...four, amountPaid: 300_000 }],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc).toMatchObject({ totalDue: 800_000, amountPaid: 300_000, paymentDueDate: noon('2026-03-10'), paymentStatus: 'PARCIAL' })
    expect(res.body.doc.certificates.map((c: any) => c.status)).toEqual(['PENDIENTE', 'PAGADO'])
    group = res.body.doc
  })

  it('R-CAR-04 inconsistent certificates or totals are refused over REST and nothing is written', async () => {
    const staff = await api.as(world.users.professionalBog)
    const before = await storedRow(payload, SLUGS.policies, group.id)
    const trail = await auditRows(group.id)
    const [eleven, four] = group.certificates!

    const overpaid = await staff.rest('PATCH', `/${SLUGS.policies}/${group.id}`, { certificates: [{ ...eleven, amountPaid: 600_000 }, four] })
    expectRestRule(overpaid, 400, 'R-CAR-04', 'El valor pagado del certificado 11 ($ 600.000) supera su valor ($ 500.000).')
    const total = await staff.rest('PATCH', `/${SLUGS.policies}/${group.id}`, { totalDue: 900_000 })
    expectRestRule(total, 400, 'R-CAR-04', 'El total a pagar de la póliza ($ 900.000) no coincide con sus certificados ($ 800.000); modifique los certificados.')
    const repeated = await staff.rest('PATCH', `/${SLUGS.policies}/${group.id}`, { certificates: [eleven, { ...four, id: undefined, number: '11' }] })
    expectRestRule(repeated, 400, 'R-CAR-04', 'El certificado 11 está repetido en la póliza.')
    const individual = await staff.rest('PATCH', `/${SLUGS.policies}/${group.id}`, { type: 'INDIVIDUAL' })
    expectRestRule(individual, 400, 'R-CAR-04', 'Una póliza individual tiene un solo certificado, el número 0.')

    expect(await storedRow(payload, SLUGS.policies, group.id)).toEqual(before)
    expect(await auditRows(group.id)).toBe(trail)
  })

  it('R-CAR-04 a new policy whose totals disagree with its certificates is not created, over REST and GraphQL', async () => {
    const staff = await api.as(world.users.professionalBog)
    const policies = await countRows(payload, SLUGS.policies)
    const data = policyData({ holder: world.parties.debtorBog.id, branch: world.branches.bog.id, clave: world.claves.claveA, type: 'COLECTIVA', totalDue: 1_428_000, certificates: certificates() })
    const rest = await staff.rest('POST', `/${SLUGS.policies}`, data)
    expectRestRule(rest, 400, 'R-CAR-04', 'El total a pagar de la póliza ($ 1.428.000) no coincide con sus certificados ($ 800.000); modifique los certificados.')

    const graphql = await staff.graphql(
      `mutation { updatePolicy(id: ${group.id}, data: { amountPaid: 800000 }) { id amountPaid } }`,
    )
    expectGraphQLRule(graphql, 'updatePolicy', 400, 'R-CAR-04')
    expect(await countRows(payload, SLUGS.policies)).toBe(policies)
    expect((await storedRow(payload, SLUGS.policies, group.id)).amountPaid).toBe(300_000)
  })

  it('R-CAR-04 a policy written with totals only keeps the certificate 0 in step', async () => {
    const staff = await api.as(world.users.professionalBog)
    const single = world.policies.policyBog
    expect(single.certificates!.map((c) => [c.number, c.amountDue, c.status])).toEqual([['0', 1_428_000, 'PENDIENTE']])
    const res = await staff.rest('PATCH', `/${SLUGS.policies}/${single.id}?depth=0`, { amountPaid: 428_000 })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc.certificates).toMatchObject([{ id: single.certificates![0]!.id, number: '0', amountPaid: 428_000, status: 'PARCIAL' }])
    expect(res.body.doc.paymentStatus).toBe('PARCIAL')
  })
})
