import { describe, expect, it } from 'vitest'

import {
  applyPaymentToCertificates,
  assertCertificatesValid,
  policyTotalsFromCertificates,
  reconcileCertificates,
  unpaidCertificates,
  type Certificate,
} from '@/rules/policyCertificates'
import { violationOf } from './helpers/violationOf'

const day = (iso: string) => `${iso}T12:00:00.000Z`
const cert = (number: string, amountDue: number, due: string, amountPaid = 0, extra: Partial<Certificate> = {}): Certificate => ({
  number,
  amountDue,
  dueDate: day(due),
  amountPaid,
  ...extra,
})

// Listed out of date order on purpose: the rule orders by due date, not by position.
const group = () => [cert('7', 300_000, '2026-03-15'), cert('3', 200_000, '2026-02-15'), cert('12', 500_000, '2026-04-15')]

describe('R-CAR-04 policy totals from certificates', () => {
  it('R-CAR-04 total due and amount paid are the sums; the due date is the oldest unpaid certificate', () => {
    expect(policyTotalsFromCertificates([cert('7', 300_000, '2026-03-15', 100_000), cert('3', 200_000, '2026-02-15', 200_000), cert('12', 500_000, '2026-04-15')])).toEqual({
      totalDue: 1_000_000,
      amountPaid: 300_000,
      paymentDueDate: day('2026-03-15'),
      paymentStatus: 'PARCIAL',
    })
  })

  it('R-CAR-04 nothing paid is PENDIENTE; everything paid is PAGADA with the oldest due date', () => {
    expect(policyTotalsFromCertificates(group())).toMatchObject({ paymentStatus: 'PENDIENTE', paymentDueDate: day('2026-02-15') })
    const paid = group().map((c) => ({ ...c, amountPaid: c.amountDue }))
    expect(policyTotalsFromCertificates(paid)).toMatchObject({ paymentStatus: 'PAGADA', amountPaid: 1_000_000, paymentDueDate: day('2026-02-15') })
  })
})

describe('R-CAR-04 certificates are coherent', () => {
  it('R-CAR-04 an individual policy has exactly the certificate 0', () => {
    expect(() => assertCertificatesValid('INDIVIDUAL', [cert('0', 1_000, '2026-01-01')])).not.toThrow()
    expect(violationOf(() => assertCertificatesValid('INDIVIDUAL', [cert('5', 1_000, '2026-01-01')])).message).toMatch(/individual tiene un solo certificado, el número 0/)
    expect(violationOf(() => assertCertificatesValid('INDIVIDUAL', group())).ruleId).toBe('R-CAR-04')
  })

  it('R-CAR-04 refuses an empty list, repeated numbers, decimals, an overpaid certificate and a missing due date', () => {
    expect(violationOf(() => assertCertificatesValid('COLECTIVA', [])).message).toMatch(/al menos un certificado/)
    expect(violationOf(() => assertCertificatesValid('COLECTIVA', [cert('3', 1, '2026-01-01'), cert('3', 1, '2026-01-02')])).message).toMatch(/certificado 3 está repetido/)
    expect(violationOf(() => assertCertificatesValid('COLECTIVA', [cert('3', 10.5, '2026-01-01')])).message).toMatch(/entero de pesos/)
    expect(violationOf(() => assertCertificatesValid('COLECTIVA', [cert('3', 100, '2026-01-01', 101)])).message).toMatch(
      /pagado del certificado 3 \(\$ 101\) supera su valor \(\$ 100\)/,
    )
    expect(violationOf(() => assertCertificatesValid('COLECTIVA', [{ number: '3', amountDue: 100 }])).message).toMatch(/fecha de vencimiento/)
  })
})

describe('R-CAR-04 applyPaymentToCertificates', () => {
  it('R-CAR-04 a payment pays the certificates oldest due first and keeps their order', () => {
    const after = applyPaymentToCertificates(group(), 350_000)
    expect(after.map((c) => [c.number, c.amountPaid, c.status])).toEqual([
      ['7', 150_000, 'PARCIAL'],
      ['3', 200_000, 'PAGADO'],
      ['12', 0, 'PENDIENTE'],
    ])
    expect(policyTotalsFromCertificates(after)).toMatchObject({ amountPaid: 350_000, paymentDueDate: day('2026-03-15'), paymentStatus: 'PARCIAL' })
  })

  it('R-CAR-04 what was already paid counts: a partly paid oldest certificate is completed first', () => {
    const after = applyPaymentToCertificates([cert('3', 200_000, '2026-02-15', 150_000), cert('7', 300_000, '2026-03-15')], 100_000)
    expect(after.map((c) => c.amountPaid)).toEqual([200_000, 50_000])
  })

  it('R-CAR-04 paying everything owed leaves every certificate PAGADO', () => {
    expect(applyPaymentToCertificates(group(), 1_000_000).every((c) => c.status === 'PAGADO')).toBe(true)
  })

  it('R-CAR-04 refuses more than is owed, zero and decimals', () => {
    expect(violationOf(() => applyPaymentToCertificates(group(), 1_000_001)).message).toMatch(/supera lo que deben los certificados/)
    expect(violationOf(() => applyPaymentToCertificates(group(), 0)).ruleId).toBe('R-CAR-04')
    expect(violationOf(() => applyPaymentToCertificates(group(), 10.5)).ruleId).toBe('R-CAR-04')
  })
})

describe('R-CAR-04 reconcileCertificates', () => {
  it('R-CAR-04 a policy written without certificates gets the certificate 0 for its totals', () => {
    const r = reconcileCertificates({ sent: { type: 'INDIVIDUAL', totalDue: 800_000, amountPaid: 300_000, paymentDueDate: day('2026-04-10') } })
    expect(r.certificates).toEqual([{ number: '0', amountDue: 800_000, amountPaid: 300_000, dueDate: day('2026-04-10'), status: 'PARCIAL' }])
    expect(r).toMatchObject({ totalDue: 800_000, paymentStatus: 'PARCIAL' })
  })

  it('R-CAR-04 with one certificate stored, a change of the totals moves the certificate along (keeping its id)', () => {
    const previous = { type: 'INDIVIDUAL', totalDue: 800_000, amountPaid: 0, paymentDueDate: day('2026-04-10'), certificates: [cert('0', 800_000, '2026-04-10', 0, { id: 'abc' })] }
    const r = reconcileCertificates({ sent: { amountPaid: 800_000 }, previous })
    expect(r.certificates[0]).toMatchObject({ id: 'abc', amountPaid: 800_000, status: 'PAGADO' })
    expect(r.paymentStatus).toBe('PAGADA')
  })

  it('R-CAR-04 the stored certificates handed back unchanged are not an edit: one still follows the totals', () => {
    const stored = [cert('0', 800_000, '2026-04-10', 0, { id: 'abc', status: 'PENDIENTE' })]
    const previous = { type: 'INDIVIDUAL', totalDue: 800_000, amountPaid: 0, paymentDueDate: day('2026-04-10'), certificates: stored }
    const r = reconcileCertificates({ sent: { totalDue: 900_000, certificates: stored }, previous })
    expect(r.certificates).toMatchObject([{ id: 'abc', amountDue: 900_000 }])
  })

  it('R-CAR-04 certificates sent alone set the totals; totals left as they were are recomputed', () => {
    const r = reconcileCertificates({ sent: { type: 'COLECTIVA', certificates: group() } })
    expect(r).toMatchObject({ totalDue: 1_000_000, amountPaid: 0, paymentDueDate: day('2026-02-15'), paymentStatus: 'PENDIENTE' })
    const previous = { type: 'COLECTIVA', ...r }
    const edited = reconcileCertificates({ sent: { ...previous, certificates: [cert('3', 250_000, '2026-02-15')] }, previous })
    expect(edited).toMatchObject({ totalDue: 250_000 })
  })

  it('R-CAR-04 refuses totals the client set that disagree with the certificates', () => {
    expect(violationOf(() => reconcileCertificates({ sent: { type: 'COLECTIVA', certificates: group(), totalDue: 999_000 } })).message).toMatch(
      /El total a pagar de la póliza \(\$ 999\.000\) no coincide con sus certificados \(\$ 1\.000\.000\)/,
    )
    expect(
      violationOf(() => reconcileCertificates({ sent: { type: 'COLECTIVA', certificates: group(), paymentDueDate: day('2026-04-15') } })).message,
    ).toMatch(/fecha límite de pago de la póliza \(2026-04-15\) no coincide con sus certificados \(2026-02-15\)/)
  })

  it('R-CAR-04 with several certificates stored, changing a total alone or emptying the list is refused', () => {
    const previous = { type: 'COLECTIVA', ...reconcileCertificates({ sent: { type: 'COLECTIVA', certificates: group() } }) }
    expect(violationOf(() => reconcileCertificates({ sent: { amountPaid: 100_000 }, previous })).message).toMatch(/modifique los certificados/)
    expect(violationOf(() => reconcileCertificates({ sent: { certificates: [] }, previous })).message).toMatch(/al menos un certificado/)
    expect(violationOf(() => reconcileCertificates({ sent: { type: 'INDIVIDUAL' }, previous })).message).toMatch(/individual/)
  })

  it('R-CAR-04 refuses a new policy with neither certificates nor totals', () => {
    expect(violationOf(() => reconcileCertificates({ sent: { type: 'INDIVIDUAL' } })).message).toMatch(/Registre los certificados/)
  })
})

describe('R-CAR-04 unpaid certificates of the detail', () => {
  it('R-CAR-04 lists only what is owed, oldest first, with its own days past due and bucket', () => {
    const certs = [cert('7', 300_000, '2026-03-15', 100_000), cert('3', 200_000, '2026-02-15', 200_000), cert('12', 500_000, '2026-05-20', 0, { insured: 'Asegurado 12' })]
    expect(unpaidCertificates(certs, '2026-05-15')).toEqual([
      { number: '7', insured: null, dueDate: day('2026-03-15'), amountDue: 300_000, amountPaid: 100_000, pending: 200_000, daysPastDue: 61, bucket: '61-75' },
      { number: '12', insured: 'Asegurado 12', dueDate: day('2026-05-20'), amountDue: 500_000, amountPaid: 0, pending: 500_000, daysPastDue: 0, bucket: null },
    ])
  })
})
