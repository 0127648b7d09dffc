import { RuleViolation } from '@/rules/ruleViolation'

/** The written request of 001 §8.8, as the agreement records it. */
export type AgreementRequest = {
  requestedOn?: string | null
  city?: string | null
  requesterKind?: 'DEUDOR' | 'TERCERO' | null
  requesterName?: string | null
  requesterIdNumber?: string | null
  /** The third party who asks on the debtor's behalf (a party), when `requesterKind` is TERCERO. */
  thirdParty?: unknown
  /** §8.8: a third party states expressly that it is jointly liable for the whole debt. */
  thirdPartyJointlyLiable?: boolean | null
  obligationCount: number
  termMonths?: number | null
  periodicity?: string | null
  reasons?: string | null
  address?: string | null
  phone?: string | null
}

const REQUIRED: { key: keyof AgreementRequest; label: string }[] = [
  { key: 'requestedOn', label: 'la fecha de la solicitud' },
  { key: 'city', label: 'la ciudad' },
  { key: 'requesterKind', label: 'la calidad en que actúa el solicitante' },
  { key: 'requesterName', label: 'el nombre del solicitante' },
  { key: 'requesterIdNumber', label: 'la cédula del solicitante' },
  { key: 'termMonths', label: 'el plazo solicitado' },
  { key: 'periodicity', label: 'la periodicidad de las cuotas' },
  { key: 'reasons', label: 'los motivos que justifican la solicitud' },
  { key: 'address', label: 'la dirección del solicitante' },
  { key: 'phone', label: 'el teléfono del solicitante' },
]

const blank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/**
 * R-AGR-01: an agreement is requested in writing by the debtor or a third party on its behalf, with
 * the contents of 001 §8.8: city and date, who asks and in what capacity, the obligations it covers,
 * term and periodicity, reasons, address and phone. A third party names itself and states that it
 * becomes jointly liable for the whole debt (001 §8.2).
 */
export function assertRequestComplete(request: AgreementRequest): void {
  const missing = REQUIRED.filter(({ key }) => blank(request[key])).map(({ label }) => label)
  if (request.obligationCount < 1) missing.push('las obligaciones (cuantías por conceptos y periodos) que cubre')
  if (missing.length > 0) {
    throw new RuleViolation('R-AGR-01', `La solicitud escrita del acuerdo debe indicar ${missing.join(', ')}.`)
  }
  if (request.requesterKind === 'TERCERO') {
    if (blank(request.thirdParty)) {
      throw new RuleViolation('R-AGR-01', 'Indique el tercero que solicita el acuerdo a nombre del deudor.', 400, { path: 'thirdParty' })
    }
    if (!request.thirdPartyJointlyLiable) {
      throw new RuleViolation(
        'R-AGR-01',
        'El tercero debe manifestar expresamente que se obliga solidariamente al pago total de la deuda, con sus intereses.',
        400,
        { path: 'thirdPartyJointlyLiable' },
      )
    }
  }
}
