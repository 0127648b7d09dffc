import { measureKindLabel } from '@/rules/cases/caseOptions'
import { RuleViolation } from '@/rules/ruleViolation'

/** A precautionary measure of the case (R-COB-14), as the agreement's approval reads it. */
export type CaseMeasure = { id: string; kind: string; description: string; amount?: number | null; orderedOn?: string | null; liftedOn?: string | null }

/** A guarantee backing the agreement: whether its goods are those already embargoed, and which measure holds them. */
export type GuaranteeOnGoods = { id?: number | string; goodsAlreadyEmbargoed?: boolean | null; embargoedMeasure?: string | null }

/**
 * R-AGR-14 (001 §8.24): granting the agreement may lift the case's precautionary measures, except
 * those on the goods given as guarantee. Each measure to lift is one of the case's, still in force,
 * and not the one that holds a guarantee's goods; a guarantee on goods already embargoed that does
 * not name its measure protects every measure (which one holds the goods cannot be told).
 */
export function assertMeasuresMayBeLifted(input: {
  measures: readonly CaseMeasure[]
  toLift: readonly string[]
  guarantees: readonly GuaranteeOnGoods[]
}): void {
  if (input.toLift.length === 0) return
  for (const id of input.toLift) {
    const measure = input.measures.find((m) => m.id === id)
    if (!measure) {
      throw new RuleViolation('R-AGR-14', `La medida "${id}" no es una medida cautelar de este expediente.`, 400, { path: 'measuresToLift' })
    }
    if (measure.liftedOn) {
      throw new RuleViolation('R-AGR-14', `La medida sobre ${measure.description} ya fue levantada.`, 409, { path: 'measuresToLift' })
    }
    if (input.guarantees.some((g) => g.embargoedMeasure === id)) {
      throw new RuleViolation(
        'R-AGR-14',
        `La medida sobre ${measure.description} recae sobre los bienes ofrecidos en garantía: no se levanta al conceder el acuerdo.`,
        409,
        { path: 'measuresToLift' },
      )
    }
  }
  const unnamed = input.guarantees.find((g) => g.goodsAlreadyEmbargoed && !g.embargoedMeasure)
  if (unnamed) {
    throw new RuleViolation(
      'R-AGR-14',
      `La garantía ${unnamed.id ?? ''} recae sobre bienes ya embargados sin indicar la medida: indíquela en la garantía antes de levantar medidas.`.replace('  ', ' '),
      409,
      { path: 'measuresToLift' },
    )
  }
}

/** A measure as the approver picks it: what it is and on what good, and why it may not be chosen. */
export type MeasureOption = { value: string; label: string; blockedBy: string | null }

/**
 * R-AGR-14, as the agreement page offers it: one option per measure of the case, named by its kind
 * and good; a measure already lifted, or held by a guarantee's goods, is shown but may not be
 * chosen (the server refuses it anyway: `assertMeasuresMayBeLifted`).
 */
export function measureOptions(input: { measures: readonly CaseMeasure[]; guarantees: readonly GuaranteeOnGoods[] }): MeasureOption[] {
  const unnamed = input.guarantees.some((g) => g.goodsAlreadyEmbargoed && !g.embargoedMeasure)
  return input.measures.map((m) => {
    const label = `${measureKindLabel(m.kind)} · ${m.description}`
    let blockedBy: string | null = null
    if (m.liftedOn) blockedBy = `levantada el ${m.liftedOn.slice(8, 10)}/${m.liftedOn.slice(5, 7)}/${m.liftedOn.slice(0, 4)}`
    else if (input.guarantees.some((g) => g.embargoedMeasure === m.id)) blockedBy = 'recae sobre los bienes dados en garantía'
    else if (unnamed) blockedBy = 'una garantía sobre bienes ya embargados no indica su medida'
    return { value: m.id, label, blockedBy }
  })
}
