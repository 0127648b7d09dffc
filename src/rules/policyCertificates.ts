import { arrearsBucket, daysPastDue, type ArrearsBucket } from './arrears'
import { formatPesos, isPesos } from './money'
import { closedList } from './options'
import { POLICY_PAYMENT_STATUS, type PolicyPaymentStatus } from './policyStatuses'
import { POLICY_TYPE } from './policyTypes'
import { RuleViolation } from './ruleViolation'

/**
 * R-CAR-04: a policy is paid through its certificates (one per insured risk or member of a
 * collective policy; an individual policy has one, number "0"). Each certificate has its own amount
 * and due date; the policy's totals are derived from them.
 */
export const { values: CERTIFICATE_STATUS, options: CERTIFICATE_STATUSES } = closedList({
  pending: ['PENDIENTE', 'Pendiente'],
  partial: ['PARCIAL', 'Pago parcial'],
  paid: ['PAGADO', 'Pagado'],
})

export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]['value']

export type Certificate = {
  id?: string | null
  number?: string | null
  insured?: string | null
  amountDue?: number | null
  dueDate?: string | null
  amountPaid?: number | null
  status?: CertificateStatus | null
}

export type PolicyTotals = {
  totalDue: number
  amountPaid: number
  paymentDueDate: string
  paymentStatus: PolicyPaymentStatus
}

const refuse = (message: string): never => {
  throw new RuleViolation('R-CAR-04', message)
}

const timeOf = (date: string | null | undefined) => (date ? new Date(date).getTime() : Number.NaN)

const pendingOf = (c: Certificate) => (c.amountDue ?? 0) - (c.amountPaid ?? 0)

export const certificateStatus = (c: Certificate): CertificateStatus =>
  (c.amountPaid ?? 0) === 0
    ? (c.amountDue ?? 0) === 0
      ? CERTIFICATE_STATUS.paid
      : CERTIFICATE_STATUS.pending
    : pendingOf(c) > 0
      ? CERTIFICATE_STATUS.partial
      : CERTIFICATE_STATUS.paid

/** Oldest due date first; a tie keeps the order the certificates were listed in. */
const byDueDate = (certificates: Certificate[]) =>
  certificates.map((c, index) => ({ c, index })).sort((a, b) => timeOf(a.c.dueDate) - timeOf(b.c.dueDate) || a.index - b.index)

/** R-CAR-04: the certificates are complete and coherent for the policy's type. */
export function assertCertificatesValid(type: string | null | undefined, certificates: Certificate[]): void {
  if (certificates.length === 0) refuse('La póliza debe tener al menos un certificado.')
  if (type !== POLICY_TYPE.group && (certificates.length !== 1 || certificates[0]!.number !== '0')) {
    refuse('Una póliza individual tiene un solo certificado, el número 0.')
  }
  const seen = new Set<string>()
  for (const c of certificates) {
    const number = String(c.number ?? '').trim()
    if (!number) refuse('Cada certificado necesita su número.')
    if (seen.has(number)) refuse(`El certificado ${number} está repetido en la póliza.`)
    seen.add(number)
    if (!isPesos(c.amountDue)) refuse(`El valor del certificado ${number} debe ser un número entero de pesos, sin decimales.`)
    if (!isPesos(c.amountPaid ?? 0)) refuse(`El valor pagado del certificado ${number} debe ser un número entero de pesos, sin decimales.`)
    if ((c.amountPaid ?? 0) > c.amountDue!) {
      refuse(`El valor pagado del certificado ${number} (${formatPesos(c.amountPaid!)}) supera su valor (${formatPesos(c.amountDue!)}).`)
    }
    if (Number.isNaN(timeOf(c.dueDate))) refuse(`El certificado ${number} necesita su fecha de vencimiento.`)
  }
}

/**
 * R-CAR-04: the policy's totals follow from its certificates: total due and amount paid are their
 * sums, the payment due date is the oldest unpaid certificate's (the oldest of all once everything
 * is paid), and the payment status is PAGADA, PARCIAL or PENDIENTE accordingly.
 */
export function policyTotalsFromCertificates(certificates: Certificate[]): PolicyTotals {
  const totalDue = certificates.reduce((s, c) => s + (c.amountDue ?? 0), 0)
  const amountPaid = certificates.reduce((s, c) => s + (c.amountPaid ?? 0), 0)
  const ordered = byDueDate(certificates)
  const oldestUnpaid = ordered.find(({ c }) => pendingOf(c) > 0) ?? ordered[0]!
  return {
    totalDue,
    amountPaid,
    paymentDueDate: oldestUnpaid.c.dueDate!,
    paymentStatus:
      amountPaid >= totalDue ? POLICY_PAYMENT_STATUS.paid : amountPaid > 0 ? POLICY_PAYMENT_STATUS.partial : POLICY_PAYMENT_STATUS.pending,
  }
}

/** Each certificate with its computed status. */
export const withStatuses = (certificates: Certificate[]): Certificate[] =>
  certificates.map((c) => ({ ...c, amountPaid: c.amountPaid ?? 0, status: certificateStatus(c) }))

/**
 * R-CAR-04: a payment to a policy pays its certificates oldest due date first, each up to what it
 * owes. Returns the certificates in their original order with their new amounts paid and statuses.
 */
export function applyPaymentToCertificates(certificates: Certificate[], amount: number): Certificate[] {
  if (!isPesos(amount) || amount === 0) refuse('El pago a aplicar debe ser un número entero de pesos mayor que cero.')
  const pending = certificates.reduce((s, c) => s + Math.max(0, pendingOf(c)), 0)
  if (amount > pending) {
    refuse(`El pago de ${formatPesos(amount)} supera lo que deben los certificados de la póliza (${formatPesos(pending)}).`)
  }
  const paid = certificates.map((c) => c.amountPaid ?? 0)
  let left = amount
  for (const { c, index } of byDueDate(certificates)) {
    const applied = Math.min(left, Math.max(0, pendingOf(c)))
    paid[index]! += applied
    left -= applied
  }
  return withStatuses(certificates.map((c, i) => ({ ...c, amountPaid: paid[i]! })))
}

type PolicyInput = {
  type?: string | null
  certificates?: Certificate[] | null
  totalDue?: number | null
  amountPaid?: number | null
  paymentDueDate?: string | null
}

const sameCertificates = (a: Certificate[], b: Certificate[]) =>
  a.length === b.length &&
  a.every(
    (c, i) =>
      c.number === b[i]!.number &&
      (c.insured ?? null) === (b[i]!.insured ?? null) &&
      c.amountDue === b[i]!.amountDue &&
      (c.amountPaid ?? 0) === (b[i]!.amountPaid ?? 0) &&
      timeOf(c.dueDate) === timeOf(b[i]!.dueDate),
  )

const TOTAL_LABELS = { totalDue: 'el total a pagar', amountPaid: 'el valor pagado', paymentDueDate: 'la fecha límite de pago' } as const

const sameValue = (field: keyof typeof TOTAL_LABELS, a: unknown, b: unknown) =>
  field === 'paymentDueDate' ? timeOf(a as string) === timeOf(b as string) : a === b

const shown = (field: keyof typeof TOTAL_LABELS, value: unknown) =>
  field === 'paymentDueDate' ? String(value).slice(0, 10) : formatPesos(value as number)

/**
 * R-CAR-04: the certificates and totals to store for a policy write. `sent` is what the client sent,
 * `previous` the stored policy (none on create).
 * - No certificates sent and none or one stored: the single certificate follows the policy's totals
 *   (how individual policies and older clients keep working). Emptying a policy of several is refused.
 * - Otherwise the certificates rule: a total the client changed must equal what the certificates
 *   give, or the write is refused; totals the client did not change are recomputed.
 */
export function reconcileCertificates(input: { sent: PolicyInput; previous?: PolicyInput | null }): PolicyTotals & { certificates: Certificate[] } {
  const { sent, previous } = input
  const merged = { ...(previous ?? {}), ...sent }
  const stored = previous?.certificates ?? []
  // Payload (and the admin form) may hand back the stored certificates unchanged: that is not an edit.
  const noneSent = !sent.certificates || sent.certificates.length === 0 || sameCertificates(sent.certificates, stored)

  if (noneSent && stored.length <= 1) {
    if (!isPesos(merged.totalDue) || !merged.paymentDueDate) {
      refuse('Registre los certificados de la póliza, o su total a pagar y su fecha límite de pago.')
    }
    const [single] = stored
    const certificates = withStatuses([
      {
        ...(single ?? { number: '0' }),
        amountDue: merged.totalDue!,
        amountPaid: merged.amountPaid ?? 0,
        dueDate: merged.paymentDueDate,
      },
    ])
    assertCertificatesValid(merged.type, certificates)
    return { ...policyTotalsFromCertificates(certificates), certificates }
  }

  const certificates = withStatuses(sent.certificates ?? stored)
  assertCertificatesValid(merged.type, certificates)
  const totals = policyTotalsFromCertificates(certificates)
  for (const field of ['totalDue', 'amountPaid', 'paymentDueDate'] as const) {
    const value = sent[field]
    const changedByClient = value !== undefined && value !== null && !(previous && sameValue(field, value, previous[field]))
    if (changedByClient && !sameValue(field, value, totals[field])) {
      refuse(
        `${TOTAL_LABELS[field][0]!.toUpperCase()}${TOTAL_LABELS[field].slice(1)} de la póliza (${shown(field, value)}) no coincide con ` +
          `sus certificados (${shown(field, totals[field])}); modifique los certificados.`,
      )
    }
  }
  return { ...totals, certificates }
}

export type UnpaidCertificate = {
  number: string
  insured: string | null
  dueDate: string
  amountDue: number
  amountPaid: number
  pending: number
  daysPastDue: number
  bucket: ArrearsBucket | null
}

/** R-CAR-04: the certificates still owing, oldest due first, with their own days past due as of a date. */
export const unpaidCertificates = (certificates: Certificate[], asOf: string): UnpaidCertificate[] =>
  byDueDate(certificates)
    .filter(({ c }) => pendingOf(c) > 0)
    .map(({ c }) => {
      const days = Math.max(0, daysPastDue(c.dueDate!, asOf))
      return {
        number: c.number!,
        insured: c.insured ?? null,
        dueDate: c.dueDate!,
        amountDue: c.amountDue!,
        amountPaid: c.amountPaid ?? 0,
        pending: pendingOf(c),
        daysPastDue: days,
        bucket: arrearsBucket(days),
      }
    })
