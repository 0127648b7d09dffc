import { RuleViolation } from '@/rules/ruleViolation'

export type EncumbranceFacts = {
  /** The goods are under another creditor's pledge or mortgage. */
  underOtherLien?: boolean | null
  lienCreditor?: string | null
  /** When that creditor was informed that the goods guarantee this agreement. */
  creditorInformedOn?: string | null
  /** The goods offered are those the company already embargoed in the case. */
  goodsAlreadyEmbargoed?: boolean | null
  /** Value of the goods the company holds embargoed in the case (measures not lifted), in pesos. */
  embargoedValue: number
  /** What the guarantee offered is worth, in pesos. */
  value: number
}

/**
 * R-GAR-07 (001 §8.32): goods under another pledge or mortgage → that creditor is named and
 * informed; when the company already holds goods embargoed and other guarantees are offered
 * instead, they must be at least as effective (worth at least as much).
 */
export const assertEncumbrancesHandled = (facts: EncumbranceFacts): void => {
  if (facts.underOtherLien && (!facts.lienCreditor || !facts.creditorInformedOn)) {
    throw new RuleViolation(
      'R-GAR-07',
      'Los bienes están gravados con prenda o hipoteca: indique el acreedor y la fecha en que se le comunicó la garantía.',
      400,
      { path: 'encumbrance.creditorInformedOn' },
    )
  }
  if (!facts.goodsAlreadyEmbargoed && facts.embargoedValue > 0 && facts.value < facts.embargoedValue) {
    throw new RuleViolation(
      'R-GAR-07',
      `La Compañía ya tiene bienes embargados por ${facts.embargoedValue} pesos: la garantía ofrecida en su lugar debe valer al menos eso (vale ${facts.value}).`,
    )
  }
}
