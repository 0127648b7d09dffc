import { describe, expect, it } from 'vitest'

import { assertMeansAccounts, bankAccountLabel, bankAccountsFor } from '@/rules/legalization/bankAccounts'
import { priceAutomaticItems, receiptsOf } from '@/rules/legalization/legalizationItems'
import { priceManualItem } from '@/rules/legalization/manualLegalization'
import { LegalizationPaymentMean } from '@/rules/legalization/paymentMeans'
import { reactivationOf } from '@/rules/legalization/reactivation'
import { violationOf } from '../helpers/violationOf'

const cert = (number: string, amountDue: number, dueDate: string, amountPaid = 0) => ({ number, amountDue, dueDate: `${dueDate}T12:00:00.000Z`, amountPaid })

describe('R-LEG-06 "Rec o Doc" of the legalization summary', () => {
  it('R-LEG-06 lists the certificates still owing, oldest due first; paid ones are left out', () => {
    const policy = { number: '258686', certificates: [cert('4', 100, '2026-03-01'), cert('2', 100, '2026-01-01'), cert('3', 100, '2026-02-01', 100)] }
    expect(receiptsOf(policy)).toBe('2, 4')
  })
  it('R-LEG-06 an individual policy shows its certificate 0; one without certificate detail its own number', () => {
    expect(receiptsOf({ number: 'P1', certificates: [cert('0', 500, '2026-01-01', 200)] })).toBe('0')
    expect(receiptsOf({ number: 'P1', certificates: [] })).toBe('P1')
    expect(receiptsOf({ number: 'P1' })).toBe('P1')
  })
  it('R-LEG-06 each automatic and manual line carries its receipts', () => {
    const base = { id: 1, number: 'P1', clave: '70001', totalDue: 300, amountPaid: 0, certificates: [cert('1', 100, '2026-01-01'), cert('2', 200, '2026-02-01')] }
    expect(priceAutomaticItems({ requestedIds: [1], policies: [{ ...base, status: 'VIGENTE' }], clave: '70001' }).items[0]!.receipts).toBe('1, 2')
    const manual = priceManualItem({ policy: { ...base, status: 'CANCELADA', cancelledAt: '2026-04-01T12:00:00.000Z' }, policyNumber: 'P1', clave: '70001' })
    expect(manual.items[0]!.receipts).toBe('1, 2')
  })
})

describe('R-LEG-04 reactivation of a cancelled (anulada) policy', () => {
  const cancelled = { number: 'P9', status: 'CANCELADA', cancelledAt: '2026-04-01T12:00:00.000Z' }
  it('R-LEG-04 a transfer or bank deposit dated the day before the cancellation reactivates it', () => {
    expect(reactivationOf({ policy: cancelled, means: [{ kind: 'TRANSFERENCIA', paidOn: '2026-03-31' }] })).toEqual({ status: 'VIGENTE', cancelledAt: null })
    expect(reactivationOf({ policy: cancelled, means: [{ kind: 'CONSIGNACION_EFECTIVO', paidOn: '2026-01-02' }, { kind: 'CONSIGNACION_CHEQUE', paidOn: '2026-03-31' }] }).status).toBe('VIGENTE')
  })
  it('R-LEG-04 support dated on or after the cancellation day is refused', () => {
    for (const paidOn of ['2026-04-01', '2026-04-02']) {
      const v = violationOf(() => reactivationOf({ policy: cancelled, means: [{ kind: 'TRANSFERENCIA', paidOn }] }))
      expect(v.ruleId).toBe('R-LEG-04')
      expect(v.message).toMatch(/antes de la anulación/)
    }
  })
  it('R-LEG-04 one late support among several refuses the whole reactivation; a card is no support', () => {
    const late = violationOf(() => reactivationOf({ policy: cancelled, means: [{ kind: 'TRANSFERENCIA', paidOn: '2026-03-01' }, { kind: 'TRANSFERENCIA', paidOn: '2026-04-05' }] }))
    expect(late.ruleId).toBe('R-LEG-04')
    expect(violationOf(() => reactivationOf({ policy: cancelled, means: [{ kind: 'DATAFONO', paidOn: '2026-03-01' }] })).message).toMatch(/transferencias o consignaciones/)
  })
  it('R-LEG-04 a policy in force or without cancellation date, or no support at all, is not reactivated', () => {
    expect(violationOf(() => reactivationOf({ policy: { number: 'P1', status: 'VIGENTE' }, means: [{ kind: 'TRANSFERENCIA', paidOn: '2026-03-01' }] })).message).toMatch(/no está anulada/)
    expect(violationOf(() => reactivationOf({ policy: { ...cancelled, cancelledAt: null }, means: [{ kind: 'TRANSFERENCIA', paidOn: '2026-03-01' }] })).ruleId).toBe('R-LEG-04')
    expect(violationOf(() => reactivationOf({ policy: cancelled, means: [] })).ruleId).toBe('R-LEG-04')
  })
})

describe('R-LEG-02 bank accounts chosen from the catalogue', () => {
  const accounts = [
    { id: 1, bank: 'BANCOLOMBIA', accountNumber: '031-1', accountType: 'CORRIENTE', branches: [], active: true },
    { id: 2, bank: 'BANCO_DE_BOGOTA', accountNumber: '000-2', accountType: 'CORRIENTE', branches: [10], active: true },
    { id: 3, bank: 'BANCO_DE_OCCIDENTE', accountNumber: '400-3', accountType: 'AHORROS', branches: [20], active: true },
    { id: 4, bank: 'DAVIVIENDA', accountNumber: '457-4', accountType: 'AHORROS', branches: [], active: false },
  ]
  it("R-LEG-02 offers the branch's active accounts first, then the national ones; never another branch's nor an inactive one", () => {
    expect(bankAccountsFor(accounts, 10).map((a) => a.id)).toEqual([2, 1])
    expect(bankAccountsFor(accounts, 20).map((a) => a.id)).toEqual([3, 1])
    expect(bankAccountsFor(accounts, null).map((a) => a.id)).toEqual([1])
  })
  it('R-LEG-02 a mean naming an unknown, inactive or other-branch account is refused on that mean', () => {
    const means = (account: number) => [{ kind: 'DATAFONO' }, { kind: 'TRANSFERENCIA', account }]
    expect(assertMeansAccounts({ means: means(2), accounts, branch: 10 }).map((a) => a?.id ?? null)).toEqual([null, 2])
    expect(assertMeansAccounts({ means: means(1), accounts, branch: 10 })[1]!.id).toBe(1)
    const other = violationOf(() => assertMeansAccounts({ means: means(3), accounts, branch: 10 }))
    expect([other.ruleId, other.path]).toEqual(['R-LEG-02', 'means.1.account'])
    expect(other.message).toMatch(/no es de la sucursal/)
    expect(violationOf(() => assertMeansAccounts({ means: means(4), accounts, branch: 10 })).message).toMatch(/ya no recibe pagos/)
    expect(violationOf(() => assertMeansAccounts({ means: means(99), accounts, branch: 10 })).message).toMatch(/no existe/)
  })
  it('R-LEG-02 the confirmation takes the account as a catalogue id and refuses a typed one', () => {
    const ok = LegalizationPaymentMean.safeParse({ kind: 'TRANSFERENCIA', paidOn: '2026-03-01', amount: 10, account: 7, bankBranch: '123' })
    expect(ok.success).toBe(true)
    const typed = LegalizationPaymentMean.safeParse({ kind: 'TRANSFERENCIA', paidOn: '2026-03-01', amount: 10, bankAccount: 'CITIBANK 5060193217', bankBranch: '123' })
    expect(typed.success).toBe(false)
    expect(typed.error?.issues.map((i) => i.path.join('.'))).toContain('account')
  })
  it('R-LEG-02 an account is named by bank, type and number', () => {
    expect(bankAccountLabel(accounts[1]!)).toBe('Banco de Bogotá · Cuenta corriente 000-2')
  })
})
