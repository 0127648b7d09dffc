import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Case, User } from '@/payload-types'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { clientFor } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'

/**
 * Computed fields of a case (totals, terms, stamps, title) are server-managed by field access
 * (src/fields/computedField.ts): a client that sends them has them dropped, and the hooks' values
 * are what is stored. Each case here is compared with a twin written without forged values.
 */

let world: CaseWorld

const FORGED_DAY = '2000-01-03T12:00:00.000Z'

/** Every computed field of a case, with a value no hook would compute. */
const forgedFigures = (someoneElse: number) => ({
  title: 'FORJADO',
  debtorName: 'FORJADO',
  capitalTotal: 1,
  oldestDueDate: FORGED_DAY,
  isRecovery: true,
  nextDeadline: FORGED_DAY,
  nextDeadlineLabel: 'FORJADO',
  deadlineFlag: 'EN_TERMINO',
  pausedAt: { stage: 'COACTIVO', subState: 'REMATE' },
  lcd: {
    limitDate: FORGED_DAY,
    capital: 1,
    interest: 1,
    total: 1,
    draftedBy: someoneElse,
    signedBy: someoneElse,
    issuedOn: FORGED_DAY,
    notifiedOn: FORGED_DAY,
    finalOn: FORGED_DAY,
  },
  paymentOrder: { issuedOn: FORGED_DAY, amount: 1, signedBy: someoneElse, notifiedOn: FORGED_DAY, responseDeadline: FORGED_DAY },
  followUp: { firstContactDeadline: FORGED_DAY, secondContactDeadline: FORGED_DAY, coactiveStartDeadline: FORGED_DAY },
  checklist: { missing: 'FORJADO' },
  auction: { baseBid: 1, deposit: 1, balanceDueBy: FORGED_DAY, approvalDueBy: FORGED_DAY },
  defaultNotice: { deadline: FORGED_DAY },
})

/** The legitimate change of the update: the default notice's facts and a persuasive action (whose author is stamped). */
const noticeAndAction = (forgedAuthor?: number) => ({
  defaultNotice: { arisenOn: '2026-03-16', identifiedOn: '2026-03-20' },
  persuasiveActions: [{ channel: 'LLAMADA', date: '2026-04-02', outcome: 'Promete pagar', ...(forgedAuthor ? { author: forgedAuthor } : {}) }],
})

/** What a client sends: the legitimate data with every computed field forged on top. */
const withForgery = (data: Record<string, any>, someoneElse: number) => {
  const forged = forgedFigures(someoneElse)
  return { ...data, ...forged, defaultNotice: { ...data.defaultNotice, ...forged.defaultNotice } }
}

/** The stored values at the paths `shape` names: the computed part of a case, to compare it with its twin. */
const valuesAt = (stored: any, shape: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(shape).map(([key, inner]) => [
      key,
      inner !== null && typeof inner === 'object' ? valuesAt(stored?.[key], inner as Record<string, unknown>) : (stored?.[key] ?? null),
    ]),
  )

const computedView = (c: Case) => ({ ...valuesAt(c, forgedFigures(0)), authors: (c.persuasiveActions ?? []).map((a) => a.author) })

const stored = (id: number) => payload.findByID({ collection: SLUGS.cases, id, depth: 0, overrideAccess: true })

/** The forged case holds exactly what its twin holds, and visibly none of the forged values. */
const expectSameFiguresAsTwin = async (forgedId: number, twinId: number, actingUser: User) => {
  const forged = await stored(forgedId)
  const twin = await stored(twinId)
  expect(computedView(forged)).toEqual(computedView(twin))
  expect(forged.title).not.toBe('FORJADO')
  expect(forged.debtorName).not.toBe('FORJADO')
  expect(forged.capitalTotal).toBe(5_000_000)
  expect(forged.isRecovery).toBe(false)
  expect(forged.pausedAt).toEqual({ stage: null, subState: null })
  expect(forged.lcd?.draftedBy ?? null).toBeNull()
  expect(forged.paymentOrder?.signedBy ?? null).toBeNull()
  for (const action of forged.persuasiveActions ?? []) expect(action.author).toBe(actingUser.id)
  return forged
}

const openingData = () => ({ debtor: world.parties.debtorBog.id, debtLines: [debtLine(5_000_000, '2026-03-15')] })

const { payload } = await initTestApp()

beforeAll(async () => {
  world = await buildCaseWorld(payload)
})

describe('cases: computed fields are server-managed', () => {
  it('R-COB-01 over REST a branch professional who sends computed values on create and update has them dropped', async () => {
    const user = world.users.professionalBog
    const someoneElse = world.users.admin.id
    const client = await clientFor(user)

    const twin = await client.rest('POST', '/cases?depth=0', openingData())
    const forged = await client.rest('POST', '/cases?depth=0', withForgery(openingData(), someoneElse))
    expect([twin.status, forged.status], JSON.stringify(forged.body)).toEqual([201, 201])
    const twinId = twin.body.doc.id as number
    const forgedId = forged.body.doc.id as number
    await expectSameFiguresAsTwin(forgedId, twinId, user)

    const twinUpdate = await client.rest('PATCH', `/cases/${twinId}?depth=0`, noticeAndAction())
    const forgedUpdate = await client.rest('PATCH', `/cases/${forgedId}?depth=0`, withForgery(noticeAndAction(someoneElse), someoneElse))
    expect([twinUpdate.status, forgedUpdate.status], JSON.stringify(forgedUpdate.body)).toEqual([200, 200])
    const updated = await expectSameFiguresAsTwin(forgedId, twinId, user)
    expect(updated.defaultNotice?.deadline).toBeTruthy()
    expect(updated.persuasiveActions).toHaveLength(1)
  })

  it('R-COB-01 through the Local API (overrideAccess: false) computed values sent on create and update are dropped', async () => {
    const user = world.users.professionalBog
    const someoneElse = world.users.admin.id
    const as = { overrideAccess: false, user, depth: 0, context: { asOf: '2026-04-01' } } as const

    const twin = await payload.create({ collection: SLUGS.cases, data: openingData() as never, ...as })
    const forged = await payload.create({ collection: SLUGS.cases, data: withForgery(openingData(), someoneElse) as never, ...as })
    await expectSameFiguresAsTwin(forged.id, twin.id, user)

    await payload.update({ collection: SLUGS.cases, id: twin.id, data: noticeAndAction() as never, ...as })
    await payload.update({ collection: SLUGS.cases, id: forged.id, data: withForgery(noticeAndAction(someoneElse), someoneElse) as never, ...as })
    const updated = await expectSameFiguresAsTwin(forged.id, twin.id, user)
    // R-COB-02: ten business days after the default was identified (2026-03-20), whatever was sent.
    expect(String(updated.defaultNotice?.deadline).slice(0, 10)).toBe('2026-04-10')
  })

  it('R-COB-01 the drop is the field access: the system (overrideAccess) may still write a computed field no hook recomputes on update', async () => {
    const user = world.users.professionalBog
    const theCase = await payload.create({ collection: SLUGS.cases, data: openingData() as never, overrideAccess: false, user, depth: 0 })
    // The title is taken from the debtor only when the debtor changes, so on this update nothing but field access stands in the way.
    await payload.update({ collection: SLUGS.cases, id: theCase.id, data: { title: 'FORJADO' } as never, overrideAccess: false, user, depth: 0 })
    expect((await stored(theCase.id)).title).toBe(theCase.title)
    await payload.update({ collection: SLUGS.cases, id: theCase.id, data: { title: 'FORJADO' } as never, overrideAccess: true, depth: 0 })
    expect((await stored(theCase.id)).title).toBe('FORJADO')
  })
})
