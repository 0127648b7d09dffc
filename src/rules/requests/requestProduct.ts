import { day } from '@/rules/calendar/storedDates'
import { dayMonthYearOf } from '@/rules/dates/dayMonthYear'
import { isVehicleLine, LINES_OF_BUSINESS } from '@/rules/linesOfBusiness'
import { isPolicyType, POLICY_TYPES } from '@/rules/policyTypes'
import { RuleViolation } from '@/rules/ruleViolation'
import { assertPlateForLine } from '@/rules/vehiclePlate'

export type ProductInput = {
  policyType?: string | null
  policyNumber?: string | null
  certificate?: string | null
  lineOfBusiness?: string | null
  plate?: string | null
}

/**
 * R-REQ-03: product data of a request — policy type, policy number, certificate, line of business —
 * and the plate, required (and valid) on a vehicle line, refused on any other. Returns it normalized.
 */
export function assertProductData(product: ProductInput, required: boolean): ProductInput {
  const given = ['policyType', 'policyNumber', 'lineOfBusiness', 'plate'].some(
    (k) => (product as Record<string, unknown>)[k] !== undefined && (product as Record<string, unknown>)[k] !== null && (product as Record<string, unknown>)[k] !== '',
  )
  if (!required && !given) return { ...product, plate: null }
  const missing: string[] = []
  if (!product.policyType) missing.push('tipo de póliza')
  if (!product.policyNumber || String(product.policyNumber).trim() === '') missing.push('número de póliza')
  if (!product.lineOfBusiness) missing.push('ramo')
  if (missing.length > 0) {
    throw new RuleViolation('R-REQ-03', `Faltan datos del producto: ${missing.join(', ')}.`)
  }
  if (!LINES_OF_BUSINESS.some((l) => l.value === product.lineOfBusiness)) {
    throw new RuleViolation('R-REQ-03', `El ramo ${product.lineOfBusiness} no existe.`)
  }
  if (!isPolicyType(product.policyType)) {
    throw new RuleViolation('R-REQ-03', `El tipo de póliza debe ser ${POLICY_TYPES.map((t) => t.value).join(' o ')}.`)
  }
  const plate = assertPlateForLine({ isVehicleLine: isVehicleLine(product.lineOfBusiness), plate: product.plate })
  return {
    ...product,
    policyNumber: String(product.policyNumber).trim(),
    certificate: product.certificate ? String(product.certificate).trim() : '0',
    plate,
  }
}

export type PolicyPeriodInput = { policyPeriodFrom?: string | null; policyPeriodTo?: string | null }

/**
 * R-REQ-03 (000 "Solicitud de cartera", step 4: "Vigencia"): a Cartera request names the policy
 * period (vigencia, from–to) it is about. Required when the subtype asks for it, both ends given and
 * the start before the end; when the request's policy is known, the period lies within that
 * policy's cover. Returns the period as legal dates (YYYY-MM-DD), or nulls when none applies.
 */
export function assertPolicyPeriod(input: {
  period: PolicyPeriodInput
  required: boolean
  cover?: { start?: string | null; end?: string | null } | null
}): { policyPeriodFrom: string | null; policyPeriodTo: string | null } {
  const from = day(input.period.policyPeriodFrom)
  const to = day(input.period.policyPeriodTo)
  if (!from && !to) {
    if (input.required) {
      throw new RuleViolation('R-REQ-03', 'Indique la vigencia de la póliza (desde y hasta) a la que se refiere la solicitud.', 400, {
        path: 'policyPeriodFrom',
      })
    }
    return { policyPeriodFrom: null, policyPeriodTo: null }
  }
  if (!from || !to) {
    throw new RuleViolation('R-REQ-03', 'La vigencia necesita fecha de inicio y de fin.', 400, { path: from ? 'policyPeriodTo' : 'policyPeriodFrom' })
  }
  if (to <= from) {
    throw new RuleViolation('R-REQ-03', `El fin de la vigencia (${dayMonthYearOf(to)}) debe ser posterior a su inicio (${dayMonthYearOf(from)}).`, 400, {
      path: 'policyPeriodTo',
    })
  }
  const start = day(input.cover?.start)
  const end = day(input.cover?.end)
  if (start && end && (from < start || to > end)) {
    throw new RuleViolation(
      'R-REQ-03',
      `La vigencia ${dayMonthYearOf(from)} – ${dayMonthYearOf(to)} no está dentro de la de la póliza (${dayMonthYearOf(start)} – ${dayMonthYearOf(end)}).`,
      400,
      { path: 'policyPeriodFrom' },
    )
  }
  return { policyPeriodFrom: from, policyPeriodTo: to }
}
