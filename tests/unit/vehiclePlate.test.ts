import { describe, expect, it } from 'vitest'
import { assertPlateForLine, isColombianPlate, normalizePlate } from '@/rules/vehiclePlate'
import { violationOf } from './helpers/violationOf'

describe('plate format', () => {
  it.each([
    ['ABC123', 'ABC123'],
    ['abc123', 'ABC123'],
    ['abc-123', 'ABC123'],
    ['ABC 123', 'ABC123'],
    ['  xyz987 ', 'XYZ987'],
    ['ABC12D', 'ABC12D'],
    ['abc-12d', 'ABC12D'],
  ])('R-REQ-03 reads %j as the plate %s', (raw, plate) => {
    expect(isColombianPlate(raw)).toBe(true)
    expect(normalizePlate(raw)).toBe(plate)
  })

  it.each(['AB123', 'ABCD123', 'ABC1234', 'ABC12', '123ABC', 'ABC1D2', 'ABC--123', 'ABC - 123', 'A-BC123', 'ÑAB123', ''])(
    'R-REQ-03 does not take %j for a plate',
    (raw) => {
      expect(isColombianPlate(raw)).toBe(false)
      expect(normalizePlate(raw)).toBeNull()
    },
  )

  it('R-REQ-03 does not take a non-string for a plate', () => {
    expect(isColombianPlate(123456 as unknown as string)).toBe(false)
  })
})

describe('assertPlateForLine', () => {
  it('R-REQ-03 returns the normalized plate of a vehicle line', () => {
    expect(assertPlateForLine({ isVehicleLine: true, plate: 'abc-123' })).toBe('ABC123')
    expect(assertPlateForLine({ isVehicleLine: true, plate: 'mno45p' })).toBe('MNO45P')
  })

  it.each([undefined, null, '', '   '])('R-REQ-03 requires a plate on a vehicle line (plate %j)', (plate) => {
    const error = violationOf(() => assertPlateForLine({ isVehicleLine: true, plate }))
    expect(error.ruleId).toBe('R-REQ-03')
    expect(error.message).toBe('La placa es obligatoria para los ramos de vehículos.')
  })

  it('R-REQ-03 rejects a malformed plate on a vehicle line, naming it', () => {
    const error = violationOf(() => assertPlateForLine({ isVehicleLine: true, plate: 'AB1234' }))
    expect(error.ruleId).toBe('R-REQ-03')
    expect(error.message).toMatch(/^La placa AB1234 no es válida/)
  })

  it('R-REQ-03 rejects any plate on a non-vehicle line, even a valid one', () => {
    for (const plate of ['ABC123', 'not a plate']) {
      const error = violationOf(() => assertPlateForLine({ isVehicleLine: false, plate }))
      expect(error.ruleId).toBe('R-REQ-03')
      expect(error.message).toBe('La placa solo aplica a ramos de vehículos.')
    }
  })

  it.each([undefined, null, '', '  '])('R-REQ-03 accepts a non-vehicle line without plate (plate %j)', (plate) => {
    expect(assertPlateForLine({ isVehicleLine: false, plate })).toBeNull()
  })
})
