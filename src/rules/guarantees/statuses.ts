/** A guarantee's life: offered, perfected, replaced, enforced after a default, or released. */
export const GUARANTEE_STATUSES = [
  { value: 'PROPUESTA', label: 'Propuesta' },
  { value: 'PERFECCIONADA', label: 'Perfeccionada' },
  { value: 'SUSTITUIDA', label: 'Sustituida' },
  { value: 'EN_EJECUCION', label: 'En ejecución' },
  { value: 'LIBERADA', label: 'Liberada' },
] as const

export type GuaranteeStatus = (typeof GUARANTEE_STATUSES)[number]['value']

/** A guarantee that still backs an agreement: offered or perfected (a replaced, enforced or released one does not). */
export const BACKING_GUARANTEE_STATUSES: GuaranteeStatus[] = ['PROPUESTA', 'PERFECCIONADA']
