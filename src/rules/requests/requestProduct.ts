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
