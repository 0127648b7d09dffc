import { describe, expect, it } from 'vitest'

import { assertMeasuresMayBeLifted, measureOptions } from '@/rules/agreements/measures'
import { violationOf } from '../helpers/violationOf'

const measures = [
  { id: 'm-house', kind: 'EMBARGO', description: 'Inmueble matrícula 50C-123' },
  { id: 'm-account', kind: 'EMBARGO', description: 'Cuenta de ahorros 001' },
  { id: 'm-old', kind: 'SECUESTRO', description: 'Vehículo ABC123', liftedOn: '2026-05-01' },
]

describe('lifting precautionary measures on granting (R-AGR-14)', () => {
  it('R-AGR-14 measures not on the guaranteed goods may be lifted', () => {
    const guarantees = [{ id: 1, goodsAlreadyEmbargoed: true, embargoedMeasure: 'm-house' }]
    expect(() => assertMeasuresMayBeLifted({ measures, toLift: ['m-account'], guarantees })).not.toThrow()
    expect(() => assertMeasuresMayBeLifted({ measures, toLift: [], guarantees: [{ id: 2, goodsAlreadyEmbargoed: true }] })).not.toThrow()
  })

  it('R-AGR-14 a measure on the goods given as guarantee may not be lifted', () => {
    const v = violationOf(() =>
      assertMeasuresMayBeLifted({ measures, toLift: ['m-account', 'm-house'], guarantees: [{ id: 1, goodsAlreadyEmbargoed: true, embargoedMeasure: 'm-house' }] }),
    )
    expect(v).toMatchObject({ ruleId: 'R-AGR-14', status: 409, path: 'measuresToLift' })
    expect(v.message).toContain('Inmueble matrícula 50C-123')
  })

  it('R-AGR-14 a guarantee on embargoed goods that does not name its measure protects them all', () => {
    const v = violationOf(() => assertMeasuresMayBeLifted({ measures, toLift: ['m-account'], guarantees: [{ id: 9, goodsAlreadyEmbargoed: true }] }))
    expect(v).toMatchObject({ ruleId: 'R-AGR-14', status: 409 })
    expect(v.message).toContain('9')
  })

  it('R-AGR-14 only the case\'s measures still in force', () => {
    expect(violationOf(() => assertMeasuresMayBeLifted({ measures, toLift: ['nope'], guarantees: [] }))).toMatchObject({ ruleId: 'R-AGR-14', status: 400 })
    expect(violationOf(() => assertMeasuresMayBeLifted({ measures, toLift: ['m-old'], guarantees: [] }))).toMatchObject({ ruleId: 'R-AGR-14', status: 409 })
  })
})

describe('the measures the agreement page offers to lift (R-AGR-14)', () => {
  it('R-AGR-14 each measure of the case by kind and good; lifted ones and those on guaranteed goods cannot be chosen', () => {
    const options = measureOptions({ measures, guarantees: [{ id: 1, goodsAlreadyEmbargoed: true, embargoedMeasure: 'm-house' }] })
    expect(options).toEqual([
      { value: 'm-house', label: 'Embargo · Inmueble matrícula 50C-123', blockedBy: 'recae sobre los bienes dados en garantía' },
      { value: 'm-account', label: 'Embargo · Cuenta de ahorros 001', blockedBy: null },
      { value: 'm-old', label: 'Secuestro · Vehículo ABC123', blockedBy: 'levantada el 01/05/2026' },
    ])
  })

  it('R-AGR-14 a guarantee on embargoed goods that names no measure blocks every measure in force', () => {
    const options = measureOptions({ measures, guarantees: [{ id: 2, goodsAlreadyEmbargoed: true }] })
    expect(options.filter((o) => o.blockedBy === null)).toEqual([])
    expect(options[1]!.blockedBy).toContain('no indica su medida')
  })
})
