import { RuleViolation } from './ruleViolation'

// Cars: ABC123. Motorcycles: ABC12D. One optional hyphen or space between letters and digits.
const PLATE = /^([A-Z]{3})[- ]?(\d{3}|\d{2}[A-Z])$/

/** The plate in canonical form (ABC123 / ABC12D), or null when it is not a Colombian plate. */
export function normalizePlate(plate: string): string | null {
  if (typeof plate !== 'string') return null
  const match = PLATE.exec(plate.trim().toUpperCase())
  return match ? match[1]! + match[2]! : null
}

export function isColombianPlate(plate: string): boolean {
  return normalizePlate(plate) !== null
}

/** R-REQ-03: vehicle lines need a valid plate, other lines must not carry one. Returns the stored form. */
export function assertPlateForLine(input: { isVehicleLine: boolean; plate?: string | null }): string | null {
  const given = typeof input.plate === 'string' ? input.plate.trim() : ''
  if (!input.isVehicleLine) {
    if (given !== '') throw new RuleViolation('R-REQ-03', 'La placa solo aplica a ramos de vehículos.')
    return null
  }
  if (given === '') throw new RuleViolation('R-REQ-03', 'La placa es obligatoria para los ramos de vehículos.')
  const plate = normalizePlate(given)
  if (!plate) {
    throw new RuleViolation(
      'R-REQ-03',
      `La placa ${given} no es válida: use tres letras y tres números (ABC123) o, para motos, ABC12D.`,
    )
  }
  return plate
}
