/** Where a payment agreement stands, from the written request to its end (001 §8.7–8.21). */
export const AGREEMENT_STATUSES = {
  requested: 'SOLICITADO',
  inAnalysis: 'EN_ANALISIS',
  requirementsPending: 'REQUISITOS_PENDIENTES',
  approved: 'APROBADO',
  inDemand: 'EN_REQUERIMIENTO',
  void: 'SIN_VIGENCIA',
  rejected: 'RECHAZADO',
  withdrawn: 'DESISTIDO',
  fulfilled: 'CUMPLIDO',
} as const

export type AgreementStatus = (typeof AGREEMENT_STATUSES)[keyof typeof AGREEMENT_STATUSES]

export const AGREEMENT_STATUS_OPTIONS: { label: string; value: AgreementStatus }[] = [
  { label: 'Solicitado', value: 'SOLICITADO' },
  { label: 'En análisis', value: 'EN_ANALISIS' },
  { label: 'Requisitos pendientes', value: 'REQUISITOS_PENDIENTES' },
  { label: 'Aprobado / vigente', value: 'APROBADO' },
  { label: 'En requerimiento por incumplimiento', value: 'EN_REQUERIMIENTO' },
  { label: 'Sin vigencia (incumplido)', value: 'SIN_VIGENCIA' },
  { label: 'Rechazado', value: 'RECHAZADO' },
  { label: 'Desistido', value: 'DESISTIDO' },
  { label: 'Cumplido', value: 'CUMPLIDO' },
]

/** A request still being decided: analysis terms run (R-AGR-06). */
export const PENDING_STATUSES: AgreementStatus[] = ['SOLICITADO', 'EN_ANALISIS', 'REQUISITOS_PENDIENTES']

/** A granted agreement whose schedule runs (being met, or under a demand for a missed instalment). */
export const GRANTED_STATUSES: AgreementStatus[] = ['APROBADO', 'EN_REQUERIMIENTO']

/** Instalment periodicity: months between instalments ("cuotas variables y períodos fijos", 001 §8.14). */
export const PERIODICITY_MONTHS = { MENSUAL: 1, BIMESTRAL: 2, TRIMESTRAL: 3 } as const

export type Periodicity = keyof typeof PERIODICITY_MONTHS

export const PERIODICITY_OPTIONS: { label: string; value: Periodicity }[] = [
  { label: 'Mensual', value: 'MENSUAL' },
  { label: 'Bimestral', value: 'BIMESTRAL' },
  { label: 'Trimestral', value: 'TRIMESTRAL' },
]

export const INSTALMENT_STATUSES = {
  due: 'PENDIENTE',
  partial: 'ABONADA',
  paid: 'PAGADA',
  overdue: 'VENCIDA',
} as const

export type InstalmentStatus = (typeof INSTALMENT_STATUSES)[keyof typeof INSTALMENT_STATUSES]

export const INSTALMENT_STATUS_OPTIONS: { label: string; value: InstalmentStatus }[] = [
  { label: 'Pendiente', value: 'PENDIENTE' },
  { label: 'Abonada', value: 'ABONADA' },
  { label: 'Pagada', value: 'PAGADA' },
  { label: 'Vencida', value: 'VENCIDA' },
]
