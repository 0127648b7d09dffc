import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Party } from '@/payload-types'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import { createParty, createPolicy, noon, randomDigits } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'

/** R-ROL-02: a broker sees a holder through the claves of its policies; concurrent writes must not lose one. */

const { payload } = await initTestApp()
let world: AccessWorld

beforeAll(async () => {
  world = await buildAccessWorld(payload)
}, 300_000)

const clavesOf = async (id: number) =>
  [...(((await payload.findByID({ collection: SLUGS.parties, id, depth: 0, overrideAccess: true })) as Party).claves ?? [])].sort()

describe('holder claves under concurrent policy writes', () => {
  it('R-ROL-02: four policies of one holder created at once, each on its own clave, all commit and the holder keeps the four claves', async () => {
    const holder = (await createParty(payload, { branch: world.branches.bog.id })).id
    const claves = [1, 2, 3, 4].map(() => `6${randomDigits(4)}`)
    // Four transactions at once (as four brokers' requests): before the holder's row was taken first they deadlocked (40P01).
    const created = await Promise.allSettled(
      claves.map((clave) => createPolicy(payload, { holder, branch: world.branches.bog.id, clave, paymentDueDate: noon('2026-03-02'), totalDue: 100_000 })),
    )
    expect(created.map((c) => (c.status === 'rejected' ? String(c.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok'])
    expect(await clavesOf(holder)).toEqual([...claves].sort())

    // Moving two of them to other claves and deleting a third, at once: the holder ends with what its policies say.
    const [a, b, c] = created.map((r) => (r as PromiseFulfilledResult<{ id: number }>).value)
    const moved = [`5${randomDigits(4)}`, `5${randomDigits(4)}`]
    const writes = await Promise.allSettled([
      payload.update({ collection: SLUGS.policies, id: a!.id, data: { clave: moved[0] }, overrideAccess: true, depth: 0 }),
      payload.update({ collection: SLUGS.policies, id: b!.id, data: { clave: moved[1] }, overrideAccess: true, depth: 0 }),
      payload.delete({ collection: SLUGS.policies, id: c!.id, overrideAccess: true }),
    ])
    expect(writes.map((w) => (w.status === 'rejected' ? String(w.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok'])
    expect(await clavesOf(holder)).toEqual([...moved, claves[3]!].sort())
  })
})
