import { RuleViolation } from '@/rules/ruleViolation'
import { GOODS_KINDS, type GuaranteeKind } from './kinds'

/** R-GAR-03: a list of assets (relación de bienes) is the one guarantee not perfected before granting. */
export const needsPerfection = (kind: string): boolean => kind !== 'RELACION_BIENES'

export type PerfectionFacts = {
  kind: string
  status: string
  perfectedOn?: string | null
  inspectedOn?: string | null
  today: string
}

/**
 * R-GAR-03 / R-GAR-06: a guarantee is marked perfected with the date it was (not a future one); a
 * list of assets is never "perfected"; goods are inspected before (manual §8.29).
 */
export const assertPerfectionRecorded = (facts: PerfectionFacts): void => {
  if (facts.status !== 'PERFECCIONADA') return
  if (!needsPerfection(facts.kind)) {
    throw new RuleViolation('R-GAR-03', 'La relación de bienes no se perfecciona: déjela en estado Propuesta.', 400, { path: 'status' })
  }
  if (!facts.perfectedOn) {
    throw new RuleViolation('R-GAR-03', 'Indique la fecha de perfeccionamiento de la garantía.', 400, { path: 'perfectedOn' })
  }
  if (facts.perfectedOn.slice(0, 10) > facts.today) {
    throw new RuleViolation('R-GAR-03', 'La fecha de perfeccionamiento no puede ser futura.', 400, { path: 'perfectedOn' })
  }
  if (GOODS_KINDS.includes(facts.kind as GuaranteeKind) && !facts.inspectedOn) {
    throw new RuleViolation('R-GAR-06', 'Los bienes se inspeccionan (ubicación, estado, suficiencia) antes de perfeccionar la garantía.', 400, {
      path: 'inspection.inspectedOn',
    })
  }
}

/** R-GAR-03: before an agreement is granted every guarantee is perfected, except a list of assets. */
export const assertGuaranteesPerfected = (guarantees: readonly { id?: number | string; kind: string; status: string }[]): void => {
  const pending = guarantees.filter((g) => needsPerfection(g.kind) && g.status !== 'PERFECCIONADA')
  if (pending.length === 0) return
  throw new RuleViolation(
    'R-GAR-03',
    `Las garantías deben estar perfeccionadas antes de conceder el acuerdo (pendientes: ${pending.map((g) => g.id ?? g.kind).join(', ')}).`,
    409,
  )
}
