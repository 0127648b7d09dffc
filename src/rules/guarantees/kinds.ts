import { RuleViolation } from '@/rules/ruleViolation'

/** R-GAR-04 (001 §8.28): the guarantees an agreement may be granted on. */
export const ADMISSIBLE_KINDS = [
  { value: 'POLIZA_SEGUROS', label: 'Póliza de seguros' },
  { value: 'GARANTIA_BANCARIA', label: 'Garantía bancaria o de corporación financiera' },
  { value: 'HIPOTECA', label: 'Hipoteca (primer grado)' },
  { value: 'PRENDA_SIN_TENENCIA', label: 'Prenda sin tenencia' },
  { value: 'BIENES_EMBARGO_SECUESTRO', label: 'Bienes para embargo y secuestro' },
  { value: 'FIDUCIA', label: 'Fiducia' },
  { value: 'GARANTE_PERSONA_NATURAL', label: 'Garante persona natural' },
  { value: 'GARANTE_PERSONA_JURIDICA', label: 'Garante persona jurídica' },
  { value: 'RELACION_BIENES', label: 'Relación de bienes' },
  { value: 'PIGNORACION_RENTAS', label: 'Pignoración de rentas (Nación, entidades territoriales o descentralizadas)' },
] as const

/**
 * R-GAR-05 (001 §8.30): offered often, never accepted, each with the reason given to the debtor.
 * They are options of the field so that the refusal names the reason instead of a bare "invalid".
 */
export const INADMISSIBLE_KINDS = [
  { value: 'PRENDA_ACTIVO_CIRCULANTE', label: 'Prenda sobre activo circulante', reason: 'la prenda sobre activo circulante no es admisible' },
  { value: 'ACCIONES', label: 'Acciones', reason: 'las acciones no son garantía admisible' },
  { value: 'APORTES_INTERES_SOCIAL', label: 'Aportes de interés social', reason: 'los aportes de interés social no son garantía admisible' },
  { value: 'ESTABLECIMIENTO_COMERCIO', label: 'Establecimiento de comercio', reason: 'el establecimiento de comercio no es garantía admisible' },
  { value: 'CARTERA_CREDITOS', label: 'Cartera de créditos', reason: 'la cartera de créditos no es garantía admisible' },
  { value: 'FACTURAS', label: 'Facturas', reason: 'las facturas no son garantía admisible' },
  { value: 'INTANGIBLES', label: 'Intangibles', reason: 'los intangibles no tienen un valor técnico y objetivo que respalde la deuda' },
  { value: 'EQUIPOS_COMPUTO', label: 'Equipos de computación', reason: 'los equipos de computación no ofrecen un respaldo jurídicamente eficaz' },
  { value: 'MUEBLES_ENSERES', label: 'Muebles y enseres', reason: 'los muebles y enseres no ofrecen un respaldo jurídicamente eficaz' },
  { value: 'MAQUINARIA', label: 'Maquinaria', reason: 'la maquinaria no ofrece un respaldo jurídicamente eficaz' },
] as const

export type GuaranteeKind = (typeof ADMISSIBLE_KINDS)[number]['value'] | (typeof INADMISSIBLE_KINDS)[number]['value']

/** Every kind the field offers: the admissible ones, then the inadmissible ones marked as such. */
export const GUARANTEE_KIND_OPTIONS: { value: GuaranteeKind; label: string }[] = [
  ...ADMISSIBLE_KINDS.map(({ value, label }) => ({ value, label })),
  ...INADMISSIBLE_KINDS.map(({ value, label }) => ({ value, label: `${label} (no admisible)` })),
]

/** Kinds whose value rests on goods that are appraised and inspected (R-GAR-06). */
export const GOODS_KINDS: readonly GuaranteeKind[] = ['HIPOTECA', 'PRENDA_SIN_TENENCIA', 'BIENES_EMBARGO_SECUESTRO', 'FIDUCIA', 'RELACION_BIENES']

export type KindFacts = {
  kind: string
  /** Only first-degree mortgages are accepted (R-GAR-04). */
  mortgageDegree?: number | null
  /** The agreement's debtor is a legal person (NIT). */
  debtorIsLegalPerson: boolean
  /** The goods are the guarantor's own home (R-GAR-05, legal persons' agreements). */
  guarantorOwnHome?: boolean | null
}

/** R-GAR-04 / R-GAR-05: an admissible kind, a first-degree mortgage, no guarantor's home for a company's debt. */
export const assertAdmissibleKind = (facts: KindFacts): void => {
  const inadmissible = INADMISSIBLE_KINDS.find((k) => k.value === facts.kind)
  if (inadmissible) {
    throw new RuleViolation('R-GAR-05', `Garantía no admisible: ${inadmissible.reason} (manual §8.30).`, 400, { path: 'kind' })
  }
  if (!ADMISSIBLE_KINDS.some((k) => k.value === facts.kind)) {
    throw new RuleViolation('R-GAR-04', `"${facts.kind}" no es una clase de garantía admisible (manual §8.28).`, 400, { path: 'kind' })
  }
  if (facts.kind === 'HIPOTECA' && facts.mortgageDegree !== 1) {
    throw new RuleViolation('R-GAR-04', 'La hipoteca solo se acepta en primer grado.', 400, { path: 'mortgageDegree' })
  }
  if (facts.debtorIsLegalPerson && facts.guarantorOwnHome) {
    throw new RuleViolation(
      'R-GAR-05',
      'Garantía no admisible: en acuerdos de personas jurídicas no se acepta el inmueble de vivienda del garante (manual §8.30).',
      400,
      { path: 'guarantorOwnHome' },
    )
  }
}
