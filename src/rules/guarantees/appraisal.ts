import { addMonthsIso } from '@/rules/cases/months'
import { RuleViolation } from '@/rules/ruleViolation'
import { GOODS_KINDS, type GuaranteeKind } from './kinds'

export type GoodsType = 'INMUEBLE' | 'VEHICULO' | 'MUEBLE' | 'OTRO'

export const GOODS_TYPE_OPTIONS: { value: GoodsType; label: string }[] = [
  { value: 'INMUEBLE', label: 'Inmueble' },
  { value: 'VEHICULO', label: 'Vehículo' },
  { value: 'MUEBLE', label: 'Otro bien mueble' },
  { value: 'OTRO', label: 'Otro' },
]

export type AppraisalFacts = {
  kind: string
  goodsType?: string | null
  appraiserName?: string | null
  appraiserId?: string | null
  /** The appraiser is company staff: never accepted (manual §8.31). */
  appraiserIsStaff?: boolean | null
  /** Date of the appraisal, the magazine issue or the cadastral (predial) value. */
  date?: string | null
  value?: number | null
  /** Vehicles: the specialised magazine's value, after an inspection. */
  magazineValue?: number | null
  /** Real estate: the cadastral value, when it exceeds the agreement's total. */
  cadastralValue?: number | null
  inspectedOn?: string | null
  /** What the agreement (or, before it exists, the case) totals, in pesos. */
  obligationTotal: number
  today: string
}

const refuse = (message: string, path: string): never => {
  throw new RuleViolation('R-GAR-06', message, 400, { path })
}

/** The appraisal is valid for one year: dated 2025-12-01, it still holds on 2026-12-01, not the day after. */
export const appraisalStillValid = (date: string, today: string): boolean => addMonthsIso(date.slice(0, 10), 12) >= today

/**
 * R-GAR-06 (001 §8.31): the value of a guarantee on goods. A technical appraisal by someone who is
 * not company staff, dated, valued and at most one year old; a vehicle may instead use the
 * specialised magazine's value once inspected; real estate its cadastral value when that exceeds
 * the agreement's total. Returns the value the guarantee is worth, `undefined` for kinds with no
 * goods (their value is the amount of the policy, bank guarantee or surety).
 */
export const appraisedValue = (facts: AppraisalFacts): number | undefined => {
  if (!GOODS_KINDS.includes(facts.kind as GuaranteeKind)) return undefined
  if (!facts.date) return refuse('Indique la fecha del avalúo.', 'appraisal.date')
  if (facts.date.slice(0, 10) > facts.today) return refuse('La fecha del avalúo no puede ser futura.', 'appraisal.date')
  if (!appraisalStillValid(facts.date, facts.today)) {
    return refuse(`El avalúo del ${facts.date.slice(0, 10)} tiene más de un año: no está vigente.`, 'appraisal.date')
  }
  if (!facts.value && facts.goodsType === 'VEHICULO' && facts.magazineValue) {
    if (!facts.inspectedOn) return refuse('El valor de revista especializada exige inspección previa del vehículo.', 'inspection.inspectedOn')
    return facts.magazineValue
  }
  if (!facts.value && facts.goodsType === 'INMUEBLE' && facts.cadastralValue) {
    if (facts.cadastralValue <= facts.obligationTotal) {
      return refuse(
        `El avalúo catastral (${facts.cadastralValue} pesos) solo se admite si supera el total del acuerdo (${facts.obligationTotal} pesos).`,
        'appraisal.cadastralValue',
      )
    }
    return facts.cadastralValue
  }
  if (!facts.appraiserName || !facts.appraiserId) return refuse('Indique el nombre y la identificación del avaluador.', 'appraisal.appraiserName')
  if (facts.appraiserIsStaff) return refuse('El avalúo no puede hacerlo un funcionario de la Compañía.', 'appraisal.appraiserIsStaff')
  if (!facts.value || facts.value <= 0) return refuse('Indique el valor del avalúo.', 'appraisal.value')
  return facts.value
}
