import { ARREARS_BUCKETS, type ArrearsBucket } from '../arrears'
import { closedList } from '../options'

/** Where a policy's balance of last month is this month (roll rates, 001 §7.2.1 item 3). */
export const TRANSITION_TARGETS = closedList({
  current: ['AL_DIA', 'Al día (sin mora)'],
  paid: ['PAGADA', 'Pagada'],
  gone: ['RETIRADA', 'Ya no está en la cartera'],
})
export type TransitionTarget = ArrearsBucket | (typeof TRANSITION_TARGETS.values)[keyof typeof TRANSITION_TARGETS.values]

/** Ageing of a case: days from its oldest unpaid due date to the period's last day. */
export const CASE_AGE_BUCKETS = [
  { value: '0-90', label: 'Hasta 90 días', min: 0, max: 90 },
  { value: '91-180', label: '91 a 180 días', min: 91, max: 180 },
  { value: '181-360', label: '181 a 360 días', min: 181, max: 360 },
  { value: '361-720', label: '361 a 720 días', min: 361, max: 720 },
  { value: '720+', label: 'Más de 720 días', min: 721, max: null },
] as const
export type CaseAgeBucket = (typeof CASE_AGE_BUCKETS)[number]['value']

/** The agreements the indicators count: being met (APROBADO) vs in default (EN_REQUERIMIENTO, SIN_VIGENCIA). */
export const AGREEMENT_STANDING = closedList({
  met: ['CUMPLIENDO', 'Al día'],
  default: ['INCUMPLIDO', 'En incumplimiento'],
})
export type AgreementStanding = (typeof AGREEMENT_STANDING.values)[keyof typeof AGREEMENT_STANDING.values]

/** Rows of a snapshot; `branch` is the branch id (null: a payment recorded without a branch). */
export type PortfolioRow = { branch: number | null; lineOfBusiness: string; bucket: ArrearsBucket; policies: number; amount: number }
export type TransitionRow = { branch: number | null; lineOfBusiness: string; from: ArrearsBucket; to: TransitionTarget; policies: number; amount: number }
export type CaseRow = { branch: number | null; stage: string; age: CaseAgeBucket; cases: number; capital: number }
export type AgreementRow = { branch: number | null; standing: AgreementStanding; agreements: number }
export type RecoveryRow = { branch: number | null; payments: number; amount: number }

/** The figures of one month, as stored on its snapshot. */
export type SnapshotFigures = {
  period: string
  portfolio: PortfolioRow[]
  /** Empty when there was no snapshot of the previous month to compare with. */
  transitions: TransitionRow[]
  cases: CaseRow[]
  agreements: AgreementRow[]
  recovery: RecoveryRow[]
}

export const bucketIndex = (bucket: ArrearsBucket): number => ARREARS_BUCKETS.findIndex((b) => b.value === bucket)

/** A case's age bucket from its days (negative ages count as 0). */
export const caseAgeBucket = (days: number): CaseAgeBucket =>
  CASE_AGE_BUCKETS.find((b) => Math.max(0, days) <= (b.max ?? Infinity))!.value
