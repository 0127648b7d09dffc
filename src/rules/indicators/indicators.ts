import { ARREARS_BUCKETS, type ArrearsBucket } from '../arrears'
import {
  AGREEMENT_STANDING,
  CASE_AGE_BUCKETS,
  TRANSITION_TARGETS,
  bucketIndex,
  type CaseAgeBucket,
  type SnapshotFigures,
} from './figures'

/** Rows of one branch (or all when `branch` is undefined). */
const inBranch = <R extends { branch: number | null }>(rows: readonly R[], branch?: number): R[] =>
  branch === undefined ? [...rows] : rows.filter((r) => r.branch === branch)

const sum = <R>(rows: readonly R[], pick: (r: R) => number) => rows.reduce((total, r) => total + pick(r), 0)

/** A share in [0, 1] rounded to 4 decimals; 0 when there is nothing to divide. */
export const share = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0)

export type BucketFigure = { bucket: ArrearsBucket; label: string; policies: number; amount: number }

/** §7.2.1 evolution of arrears: per period, policies and amount in arrears by bucket (every bucket, empty ones too). */
export const arrearsEvolution = (snapshots: readonly SnapshotFigures[], branch?: number) =>
  [...snapshots]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((s) => {
      const rows = inBranch(s.portfolio, branch)
      const buckets: BucketFigure[] = ARREARS_BUCKETS.map((b) => {
        const of = rows.filter((r) => r.bucket === b.value)
        return { bucket: b.value, label: b.label, policies: sum(of, (r) => r.policies), amount: sum(of, (r) => r.amount) }
      })
      return { period: s.period, buckets, policies: sum(buckets, (b) => b.policies), amount: sum(buckets, (b) => b.amount) }
    })

export type RollRate = {
  from: ArrearsBucket
  label: string
  /** Last month's balance of the bucket. */
  amount: number
  /** Share that moved to a later bucket. */
  rolled: number
  /** Share that moved to the very next bucket. */
  toNext: number
  /** Share still in the same bucket (only the last bucket can hold it a month). */
  stayed: number
  /** Share that moved to an earlier bucket or is no longer past due. */
  improved: number
  /** Share that was paid in full. */
  paid: number
  /** Share of policies no longer in the portfolio. */
  gone: number
}

/**
 * §7.2.1 roll rates: of each bucket's balance last month, the share that rolled forward (to any
 * later bucket, and to the very next), stayed, improved, was paid, or left the portfolio, read from
 * the month's transition rows (amounts are last month's balances).
 */
export const rollRates = (figures: SnapshotFigures, branch?: number): RollRate[] => {
  const rows = inBranch(figures.transitions, branch)
  return ARREARS_BUCKETS.map((b, i) => {
    const of = rows.filter((r) => r.from === b.value)
    const amount = sum(of, (r) => r.amount)
    const to = (test: (target: string) => boolean) => share(sum(of.filter((r) => test(r.to)), (r) => r.amount), amount)
    const indexOf = (target: string) => (ARREARS_BUCKETS.some((x) => x.value === target) ? bucketIndex(target as ArrearsBucket) : -1)
    return {
      from: b.value,
      label: b.label,
      amount,
      rolled: to((t) => indexOf(t) > i),
      toNext: to((t) => indexOf(t) === i + 1),
      stayed: to((t) => indexOf(t) === i),
      improved: to((t) => t === TRANSITION_TARGETS.values.current || (indexOf(t) >= 0 && indexOf(t) < i)),
      paid: to((t) => t === TRANSITION_TARGETS.values.paid),
      gone: to((t) => t === TRANSITION_TARGETS.values.gone),
    }
  })
}

/** §7.2.1 recovery in the month: payments received and their amount, per period. */
export const recoveryByPeriod = (snapshots: readonly SnapshotFigures[], branch?: number) =>
  [...snapshots]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((s) => {
      const rows = inBranch(s.recovery, branch)
      return { period: s.period, payments: sum(rows, (r) => r.payments), amount: sum(rows, (r) => r.amount) }
    })

/** §7.2.1 cases by stage and ageing: one row per stage present, a column per age bucket, with totals. */
export const casesByStageAndAge = (figures: SnapshotFigures, branch?: number) => {
  const rows = inBranch(figures.cases, branch)
  const stages = [...new Set(rows.map((r) => r.stage))].sort()
  return stages.map((stage) => {
    const of = rows.filter((r) => r.stage === stage)
    const byAge = Object.fromEntries(CASE_AGE_BUCKETS.map((a) => [a.value, sum(of.filter((r) => r.age === a.value), (r) => r.cases)])) as Record<
      CaseAgeBucket,
      number
    >
    return { stage, byAge, cases: sum(of, (r) => r.cases), capital: sum(of, (r) => r.capital) }
  })
}

/** §7.2.1 agreements being met vs in default, per period, with the share in default. */
export const agreementsStanding = (snapshots: readonly SnapshotFigures[], branch?: number) =>
  [...snapshots]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((s) => {
      const rows = inBranch(s.agreements, branch)
      const met = sum(rows.filter((r) => r.standing === AGREEMENT_STANDING.values.met), (r) => r.agreements)
      const inDefault = sum(rows.filter((r) => r.standing === AGREEMENT_STANDING.values.default), (r) => r.agreements)
      return { period: s.period, met, inDefault, defaultRate: share(inDefault, met + inDefault) }
    })

/** The rows of a snapshot that a branch-bound reader may see: those of its branch only. */
export const figuresOfBranch = <F extends Partial<SnapshotFigures>>(figures: F, branch: number | null): F => {
  const keep = <R extends { branch: number | null }>(rows: R[] | null | undefined) => (rows ? rows.filter((r) => branch !== null && r.branch === branch) : rows)
  return {
    ...figures,
    portfolio: keep(figures.portfolio),
    transitions: keep(figures.transitions),
    cases: keep(figures.cases),
    agreements: keep(figures.agreements),
    recovery: keep(figures.recovery),
  }
}
