import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ArrearsQuery, arrearsWhere } from '@/arrears/arrearsQuery'
import { arrearsTotals } from '@/arrears/arrearsTotals'
import { SLUGS } from '@/constants/slugs'
import type { Policy, User } from '@/payload-types'
import { ARREARS_BUCKETS, arrearsBucket, daysPastDue, pendingAmount } from '@/rules/arrears'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import { arrearsRollupDrift, arrearsRollupSize, executeSql } from './helpers/arrearsRollupDrift'
import { createParty, createPolicy, noon } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'

/** Issue 13: the arrears totals of national and branch staff come from a rollup kept by triggers; it must never drift from the policies. */

const { payload } = await initTestApp()
let world: AccessWorld
const made: Policy[] = []

beforeAll(async () => {
  world = await buildAccessWorld(payload)
}, 300_000)

const update = (id: number, data: Partial<Policy>) =>
  payload.update({ collection: SLUGS.policies, id, data: data as never, overrideAccess: true, depth: 0 }) as Promise<Policy>

describe('the arrears rollup (migration 20261202_020000_arrears_rollup)', () => {
  it('R-CAR-01/03: equals the GROUP BY of the unpaid policies after creates, moves, payments, no-op edits, upserts, deletes and concurrent writers', async () => {
    expect(await arrearsRollupDrift(payload)).toEqual([])
    const before = await arrearsRollupSize(payload)

    // Creates through the hooks: two unpaid, one partly paid, one paid (which the rollup leaves out).
    const { bog, med } = world.branches
    const holder = world.parties.debtorBog.id
    made.push(await createPolicy(payload, { holder, branch: bog.id, clave: world.claves.claveA, paymentDueDate: noon('2026-03-02'), totalDue: 1_000_000 }))
    made.push(await createPolicy(payload, { holder, branch: bog.id, clave: world.claves.claveA, paymentDueDate: noon('2026-03-02'), totalDue: 400_000 }))
    made.push(await createPolicy(payload, { holder, branch: med.id, clave: world.claves.claveB, paymentDueDate: noon('2026-01-20'), totalDue: 800_000, amountPaid: 300_000, paymentStatus: 'PARCIAL' }))
    made.push(await createPolicy(payload, { holder, branch: med.id, clave: world.claves.claveB, paymentDueDate: noon('2026-01-20'), totalDue: 800_000, amountPaid: 800_000, paymentStatus: 'PAGADA' }))
    expect(await arrearsRollupDrift(payload)).toEqual([])
    expect((await arrearsRollupSize(payload)).policies).toBe(before.policies + 3)

    // Moved to another branch and due date; then paid in full.
    await update(made[0]!.id, { branch: med.id, paymentDueDate: noon('2026-04-10') })
    expect(await arrearsRollupDrift(payload)).toEqual([])
    await update(made[2]!.id, { amountPaid: 800_000, paymentStatus: 'PAGADA' })
    expect(await arrearsRollupDrift(payload)).toEqual([])

    // An edit the totals do not read appends no delta.
    const deltas = (await arrearsRollupSize(payload)).deltas
    await update(made[1]!.id, { clave: world.claves.claveB })
    expect((await arrearsRollupSize(payload)).deltas).toBe(deltas)

    // A set-based upsert of existing rows (the import's INSERT … ON CONFLICT DO UPDATE shape), in one statement.
    await executeSql(
      payload,
      sql`INSERT INTO policies SELECT * FROM policies WHERE id IN (${made[0]!.id}, ${made[1]!.id})
          ON CONFLICT (id) DO UPDATE SET total_due = EXCLUDED.total_due + 50000, payment_due_date = EXCLUDED.payment_due_date - interval '3 days'`,
    )
    expect(await arrearsRollupDrift(payload)).toEqual([])

    // Writers in separate transactions at once, on the same rollup key (each its own holder): no wait on
    // one another, and each statement's delta counted once.
    const holders: number[] = []
    for (let i = 0; i < 4; i++) holders.push((await createParty(payload, { branch: bog.id })).id)
    const racers = await Promise.all(
      holders.map((h) => createPolicy(payload, { holder: h, branch: bog.id, clave: world.claves.claveA, paymentDueDate: noon('2026-03-02'), totalDue: 100_000 })),
    )
    await Promise.all(racers.map((p, i) => update(p.id, { totalDue: 100_000 + i * 1_000 })))
    made.push(...racers)
    expect(await arrearsRollupDrift(payload)).toEqual([])

    await payload.delete({ collection: SLUGS.policies, id: racers[0]!.id, overrideAccess: true })
    expect(await arrearsRollupDrift(payload)).toEqual([])
  })

  it('R-CAR-03: the compaction job folds the deltas into the totals and the figures stay the same', async () => {
    const { bog } = world.branches
    await createPolicy(payload, { holder: world.parties.debtorBog.id, branch: bog.id, clave: world.claves.claveA, paymentDueDate: noon('2026-02-02'), totalDue: 70_000 })
    const before = await arrearsRollupSize(payload)
    expect(before.deltas).toBeGreaterThan(0)
    const job = await payload.jobs.queue({ task: 'compactArrearsRollup', input: {}, overrideAccess: true })
    await payload.jobs.runByID({ id: job.id })
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0, overrideAccess: true })
    expect(done).toMatchObject({ hasError: false, completedAt: expect.any(String) })
    expect(Number((done.log?.[0]?.output as { touched?: number } | undefined)?.touched)).toBeGreaterThan(0)
    const after = await arrearsRollupSize(payload)
    expect(after).toMatchObject({ deltas: 0, policies: before.policies })
    expect(await arrearsRollupDrift(payload)).toEqual([])
  })

  it('R-CAR-02/03: national and branch staff read from it the totals the pure rules give over their own policies, for every bucket, branch and line filter', async () => {
    const asOf = '2026-05-15'
    const queries = [
      {},
      ...ARREARS_BUCKETS.map((b) => ({ bucket: b.value })),
      { branch: world.branches.med.id },
      { lineOfBusiness: 'HOGAR' },
      { lineOfBusiness: 'SOAT' },
      { asOf: '2026-03-20', bucket: '1-45' },
    ]
    const checked: string[] = []
    for (const user of [world.users.collectionsManager, world.users.branchManagerBog, world.users.professionalMed] as User[]) {
      const req = await createLocalReq({ user: { ...user, collection: SLUGS.users } as never }, payload)
      for (const filters of queries) {
        const q = { ...ArrearsQuery.parse({ asOf, ...filters }), asOf: (filters as { asOf?: string }).asOf ?? asOf }
        const totals = await arrearsTotals(req, q)
        // The same figures from the policies the user may read, bucketed by the pure rules (R-CAR-01/02).
        const { docs } = await payload.find({
          collection: SLUGS.policies,
          where: arrearsWhere(q),
          select: { branch: true, paymentDueDate: true, totalDue: true, amountPaid: true },
          pagination: false,
          depth: 0,
          overrideAccess: false,
          user,
        })
        const byBucket = Object.fromEntries(ARREARS_BUCKETS.map((b) => [b.value, { policies: 0, pending: 0 }]))
        const byBranch: Record<string, { policies: number; pending: number }> = {}
        for (const p of docs as Policy[]) {
          const bucket = arrearsBucket(daysPastDue(p.paymentDueDate!, q.asOf))!
          byBucket[bucket]!.policies += 1
          byBucket[bucket]!.pending += pendingAmount(p)
          byBranch[String(p.branch)] ??= { policies: 0, pending: 0 }
          byBranch[String(p.branch)]!.policies += 1
          byBranch[String(p.branch)]!.pending += pendingAmount(p)
        }
        const label = `${user.role} ${JSON.stringify(filters)}`
        expect({ label, ...totals }).toEqual({
          label,
          policies: docs.length,
          totalPending: docs.reduce((sum, p) => sum + pendingAmount(p as Policy), 0),
          byBucket,
          byBranch,
        })
        if (docs.length > 0) checked.push(label)
      }
    }
    // Not a comparison of empty sets: most of the cases had rows in arrears.
    expect(checked.length).toBeGreaterThan(queries.length)
  })
})
