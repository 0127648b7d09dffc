import { describe, expect, it } from 'vitest'

import { decideConfirmation } from '@/rules/legalization/confirmation'
import { priceAutomaticItems } from '@/rules/legalization/legalizationItems'
import { assertManualMeans, priceManualItem } from '@/rules/legalization/manualLegalization'
import { assertMeansMatchTotal, PaymentMean } from '@/rules/legalization/paymentMeans'
import { violationOf } from '../helpers/violationOf'

const policy = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  number: `P${id}`,
  type: 'INDIVIDUAL',
  clave: '70001',
  status: 'VIGENTE',
  premium: 1_000_000,
  coverStart: '2026-01-15T12:00:00.000Z',
  totalDue: 1_190_000,
  amountPaid: 0,
  ...extra,
})

describe('R-LEG-01 automatic flow', () => {
  it('R-LEG-01 legalizes each policy for what it still owes and adds them up', () => {
    const { items, total } = priceAutomaticItems({
      requestedIds: [1, 2],
      policies: [policy(1), policy(2, { amountPaid: 190_000 })],
      clave: '70001',
    })
    expect(items.map((i) => i.amount)).toEqual([1_190_000, 1_000_000])
    expect(total).toBe(2_190_000)
  })

  it("R-LEG-01 refuses another clave's policy (403), a paid one, a cancelled one, duplicates and none", () => {
    expect(violationOf(() => priceAutomaticItems({ requestedIds: [1], policies: [policy(1, { clave: '80001' })], clave: '70001' })).status).toBe(403)
    expect(violationOf(() => priceAutomaticItems({ requestedIds: [1], policies: [], clave: '70001' })).status).toBe(403)
    expect(violationOf(() => priceAutomaticItems({ requestedIds: [1], policies: [policy(1, { amountPaid: 1_190_000 })], clave: '70001' })).message).toMatch(
      /no tiene saldo pendiente/,
    )
    expect(violationOf(() => priceAutomaticItems({ requestedIds: [1], policies: [policy(1, { status: 'CANCELADA' })], clave: '70001' })).message).toMatch(
      /flujo manual/,
    )
    expect(violationOf(() => priceAutomaticItems({ requestedIds: [1, 1], policies: [policy(1)], clave: '70001' })).ruleId).toBe('R-LEG-01')
    expect(violationOf(() => priceAutomaticItems({ requestedIds: [], policies: [], clave: '70001' })).ruleId).toBe('R-LEG-01')
  })
})

describe('R-LEG-02 payment means', () => {
  it('R-LEG-02 each kind carries its own fields', () => {
    expect(PaymentMean.safeParse({ kind: 'TRANSFERENCIA', paidOn: '2026-03-01', amount: 10, bankAccount: 'CITIBANK 5060193217', bankBranch: '123' }).success).toBe(true)
    expect(PaymentMean.safeParse({ kind: 'DATAFONO', paidOn: '2026-03-01', amount: 10, authorizationNumber: '889911', franchise: 'DINERS' }).success).toBe(true)
    const cardWithoutFranchise = PaymentMean.safeParse({ kind: 'DATAFONO', paidOn: '2026-03-01', amount: 10, authorizationNumber: '1' })
    expect(cardWithoutFranchise.success).toBe(false)
    const depositWithoutBranch = PaymentMean.safeParse({ kind: 'CONSIGNACION_EFECTIVO', paidOn: '2026-03-01', amount: 10, bankAccount: 'X' })
    expect(depositWithoutBranch.error?.issues[0]?.path).toEqual(['bankBranch'])
  })

  it('R-LEG-02 refuses decimals, unknown kinds and impossible dates', () => {
    expect(PaymentMean.safeParse({ kind: 'TRANSFERENCIA', paidOn: '2026-03-01', amount: 10.5, bankAccount: 'X', bankBranch: '1' }).success).toBe(false)
    expect(PaymentMean.safeParse({ kind: 'BITCOIN', paidOn: '2026-03-01', amount: 10 }).success).toBe(false)
    expect(PaymentMean.safeParse({ kind: 'TRANSFERENCIA', paidOn: '2026-02-30', amount: 10, bankAccount: 'X', bankBranch: '1' }).success).toBe(false)
  })
})

describe('R-LEG-03 means add up to the total', () => {
  it('R-LEG-03 accepts means that add up to the peso', () => {
    expect(() => assertMeansMatchTotal([{ amount: 1_000_000 }, { amount: 1_190_000 }], 2_190_000)).not.toThrow()
  })

  it('R-LEG-03 refuses means that miss the total by one peso, either way', () => {
    const short = violationOf(() => assertMeansMatchTotal([{ amount: 1_000_000 }, { amount: 1_189_999 }], 2_190_000))
    expect(short.ruleId).toBe('R-LEG-03')
    expect(short.message).toBe('Los medios de pago suman $ 2.189.999 y el total a legalizar es $ 2.190.000: faltan $ 1.')
    expect(violationOf(() => assertMeansMatchTotal([{ amount: 2_190_001 }], 2_190_000)).message).toMatch(/sobran \$ 1\./)
    expect(violationOf(() => assertMeansMatchTotal([], 1)).ruleId).toBe('R-LEG-03')
  })
})

describe('R-LEG-04 manual flow', () => {
  const cancelledAt = '2026-04-01T12:00:00.000Z'
  const cancelled = { ...policy(9, { status: 'CANCELADA' }), cancelledAt }

  it('R-LEG-04 takes only a cancelled policy of the clave', () => {
    expect(priceManualItem({ policy: cancelled, policyNumber: 'P9', clave: '70001' }).total).toBe(1_190_000)
    expect(violationOf(() => priceManualItem({ policy: policy(9), policyNumber: 'P9', clave: '70001' })).message).toMatch(/no está cancelada/)
    expect(violationOf(() => priceManualItem({ policy: cancelled, policyNumber: 'P9', clave: '80001' })).ruleId).toBe('R-LEG-04')
  })

  it('R-LEG-04 accepts a transfer or deposit dated before the cancellation', () => {
    expect(() => assertManualMeans({ cancelledAt: cancelled.cancelledAt, means: [{ kind: 'TRANSFERENCIA', paidOn: '2026-03-31' }] })).not.toThrow()
  })

  it('R-LEG-04 refuses support dated on or after the cancellation, and card payments', () => {
    const after = violationOf(() => assertManualMeans({ cancelledAt: cancelled.cancelledAt, means: [{ kind: 'TRANSFERENCIA', paidOn: '2026-04-02' }] }))
    expect(after.ruleId).toBe('R-LEG-04')
    expect(after.message).toMatch(/no es anterior a la cancelación de la póliza \(2026-04-01\)/)
    expect(violationOf(() => assertManualMeans({ cancelledAt: cancelled.cancelledAt, means: [{ kind: 'CONSIGNACION_CHEQUE', paidOn: '2026-04-01' }] })).ruleId).toBe('R-LEG-04')
    expect(violationOf(() => assertManualMeans({ cancelledAt: cancelled.cancelledAt, means: [{ kind: 'DATAFONO', paidOn: '2026-03-01' }] })).message).toMatch(
      /solo se aceptan transferencias o consignaciones/,
    )
  })
})

describe('R-LEG-05 confirmation is idempotent', () => {
  it('R-LEG-05 confirms a draft, replays the same key, refuses another key', () => {
    expect(decideConfirmation({ status: 'BORRADOR' }, 'k-1234567')).toBe('confirm')
    expect(decideConfirmation({ status: 'CONFIRMADA', idempotencyKey: 'k-1234567' }, 'k-1234567')).toBe('replay')
    expect(violationOf(() => decideConfirmation({ status: 'CONFIRMADA', idempotencyKey: 'k-1234567' }, 'k-other-99')).status).toBe(409)
  })
})
