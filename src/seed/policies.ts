import type { Policy } from '@/payload-types'
import type { LineOfBusiness } from '@/rules/linesOfBusiness'
import { addDays, addOneYear, daysBetween } from './dates'
import type { CompanyKind } from './names'
import type { PartyPlan } from './parties'
import type { Random } from './random'
import { DEMO_CLAVES } from './users'

export const POLICY_COUNT = 420

/** A policy as planned: dates are ISO days (turned into date-field values when written). */
export type PolicyPlan = Pick<
  Policy,
  'number' | 'type' | 'lineOfBusiness' | 'premium' | 'totalDue' | 'amountPaid' | 'paymentStatus' | 'status' | 'clave'
> & {
  plate: string | null
  holderKey: number
  issueDate: string
  coverStart: string
  coverEnd: string
  paymentDueDate: string
  cancelledAt: string | null
  /** R-CAR-04: filled in by planCertificates; due dates are ISO days. */
  certificates: CertificatePlan[]
}

export type CertificatePlan = { number: string; insured: string | null; amountDue: number; amountPaid: number; dueDate: string }

type Scenario =
  | { kind: 'paid' }
  | { kind: 'notDue' }
  | { kind: 'arrears'; minDays: number; maxDays: number }

/**
 * How many policies of each payment situation: the unpaid ones fill every arrears bucket the
 * back office reports (1–45, 46–60, 61–75, 76–89 and 90+ days past due, some beyond 180),
 * plus some unpaid that are not due yet. 420 in all.
 */
const SCENARIOS: [Scenario, number][] = [
  [{ kind: 'paid' }, 206],
  [{ kind: 'notDue' }, 32],
  [{ kind: 'arrears', minDays: 1, maxDays: 45 }, 44],
  [{ kind: 'arrears', minDays: 46, maxDays: 60 }, 24],
  [{ kind: 'arrears', minDays: 61, maxDays: 75 }, 24],
  [{ kind: 'arrears', minDays: 76, maxDays: 89 }, 22],
  [{ kind: 'arrears', minDays: 90, maxDays: 180 }, 34],
  [{ kind: 'arrears', minDays: 181, maxDays: 540 }, 34],
]

const CANCELLED_COUNT = 17 // ~4 %

/** Clave of the policy's broker: ~80 % the two demo brokers' claves, ~20 % brokers without a demo user. */
const CLAVE_WEIGHTS = [
  [DEMO_CLAVES.broker90833[0], 32],
  [DEMO_CLAVES.broker71245[0], 28],
  [DEMO_CLAVES.broker71245[1], 20],
  [DEMO_CLAVES.withoutUser[0], 8],
  [DEMO_CLAVES.withoutUser[1], 7],
  [DEMO_CLAVES.withoutUser[2], 5],
] as const

type Weights = readonly (readonly [LineOfBusiness, number])[]

const PERSON_LINES: Weights = [
  ['AU-LIVIANOS', 22],
  ['AU-TOTAL-CAR', 10],
  ['MOTOS', 12],
  ['SOAT', 20],
  ['HOGAR', 14],
  ['SALUD', 10],
  ['VIDA-GRUPO', 4],
  ['RESP-CIVIL', 3],
  ['CUMPLIMIENTO', 3],
  ['AU-PESADOS', 2],
]

const COMPANY_LINES: Record<CompanyKind, Weights> = {
  carrier: [['AU-PESADOS', 10], ['SOAT', 6], ['RESP-CIVIL', 4], ['AU-LIVIANOS', 3], ['VIDA-GRUPO', 2], ['CUMPLIMIENTO', 1], ['MOTOS', 1]],
  builder: [['CUMPLIMIENTO', 10], ['RESP-CIVIL', 5], ['VIDA-GRUPO', 3], ['AU-PESADOS', 2], ['PYME', 2], ['AU-LIVIANOS', 1]],
  trader: [['PYME', 8], ['AU-LIVIANOS', 3], ['MOTOS', 3], ['SOAT', 3], ['VIDA-GRUPO', 2], ['RESP-CIVIL', 2], ['CUMPLIMIENTO', 1]],
  industry: [['PYME', 8], ['RESP-CIVIL', 4], ['VIDA-GRUPO', 4], ['SALUD', 3], ['AU-PESADOS', 2], ['CUMPLIMIENTO', 2]],
  services: [['PYME', 5], ['RESP-CIVIL', 5], ['VIDA-GRUPO', 4], ['SALUD', 4], ['AU-LIVIANOS', 2], ['CUMPLIMIENTO', 2]],
  holding: [['HOGAR', 4], ['PYME', 4], ['AU-TOTAL-CAR', 3], ['RESP-CIVIL', 3], ['AU-LIVIANOS', 2]],
  health: [['RESP-CIVIL', 6], ['PYME', 4], ['VIDA-GRUPO', 3], ['SALUD', 2]],
}

type PlateKind = 'car' | 'truck' | 'moto' | 'soat'

/** Annual premium range in pesos (individual, and for a group/fleet policy) and the plate a vehicle line carries. */
const LINE_PROFILES: Record<LineOfBusiness, { premium: [number, number]; group?: [number, number]; plate?: PlateKind }> = {
  'AU-LIVIANOS': { premium: [1_200_000, 6_000_000], group: [8_000_000, 45_000_000], plate: 'car' },
  'AU-TOTAL-CAR': { premium: [2_500_000, 9_500_000], plate: 'car' },
  'AU-PESADOS': { premium: [6_000_000, 28_000_000], group: [30_000_000, 120_000_000], plate: 'truck' },
  MOTOS: { premium: [450_000, 2_200_000], group: [5_000_000, 20_000_000], plate: 'moto' },
  SOAT: { premium: [400_000, 900_000], plate: 'soat' },
  HOGAR: { premium: [300_000, 1_500_000] },
  'VIDA-GRUPO': { premium: [350_000, 2_400_000], group: [6_000_000, 60_000_000] },
  SALUD: { premium: [1_800_000, 9_000_000], group: [25_000_000, 140_000_000] },
  CUMPLIMIENTO: { premium: [500_000, 20_000_000] },
  'RESP-CIVIL': { premium: [800_000, 15_000_000] },
  PYME: { premium: [1_500_000, 18_000_000] },
}

/** How likely a company's policy of this line is a group (colectiva) policy. */
const GROUP_CHANCE: Partial<Record<LineOfBusiness, number>> = {
  'VIDA-GRUPO': 1,
  SALUD: 0.7,
  'AU-LIVIANOS': 0.35,
  'AU-PESADOS': 0.35,
  MOTOS: 0.35,
}

const LETTERS = 'ABCDEFGHIJKLMNOPRSTUVWXYZ'

/** Whole pesos, rounded to the hundred, log-uniform in the range (small premiums are the common ones). */
const premiumIn = (rng: Random, [min, max]: [number, number]) =>
  Math.round(Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min))) / 100) * 100

/** Premium plus 19 % IVA, rounded to the peso. */
export const withIva = (premium: number) => premium + Math.round((premium * 19) / 100)

const makePlate = (rng: Random, kind: PlateKind): string => {
  const letters = (n: number) => Array.from({ length: n }, () => rng.pick([...LETTERS])).join('')
  const resolved = kind === 'soat' ? (rng.chance(0.3) ? 'moto' : 'car') : kind
  if (resolved === 'moto') return `${letters(3)}${rng.digits(2)}${letters(1)}`
  if (resolved === 'truck') return `${rng.pick(['S', 'T', 'W', 'X'])}${letters(2)}${rng.digits(3)}`
  return `${letters(3)}${rng.digits(3)}`
}

const unique = (taken: Set<string>, make: () => string) => {
  for (;;) {
    const value = make()
    if (!taken.has(value)) {
      taken.add(value)
      return value
    }
  }
}

/** Every party holds at least one policy; the rest go mostly to companies, which buy more. */
const pickHolders = (rng: Random, parties: PartyPlan[]): PartyPlan[] => {
  const extra = POLICY_COUNT - parties.length
  const weights = parties.map((p) => [p, p.kind === 'company' ? 4 : 1] as const)
  return rng.shuffle([...parties, ...Array.from({ length: extra }, () => rng.weighted(weights))])
}

/** ~420 policies over the parties, every line of business, dates relative to `today` (Bogotá). */
export const buildPolicies = (rng: Random, parties: PartyPlan[], today: string): PolicyPlan[] => {
  const holders = pickHolders(rng, parties)
  const scenarios = rng.shuffle(SCENARIOS.flatMap(([scenario, count]) => Array<Scenario>(count).fill(scenario)))
  if (scenarios.length !== holders.length) throw new Error('El plan de pólizas no cuadra con el número de tomadores.')
  const cancelled = new Set(
    rng
      .shuffle(scenarios.map((s, index) => (s.kind === 'notDue' ? -1 : index)).filter((i) => i >= 0))
      .slice(0, CANCELLED_COUNT),
  )
  const numbers = new Set<string>()
  const plates = new Set<string>()

  return holders.map((holder, index): PolicyPlan => {
    const scenario = scenarios[index]!
    const lineOfBusiness = rng.weighted(holder.kind === 'company' ? COMPANY_LINES[holder.companyKind ?? 'services'] : PERSON_LINES)
    const profile = LINE_PROFILES[lineOfBusiness]
    const isGroup = holder.kind === 'company' && profile.group !== undefined && rng.chance(GROUP_CHANCE[lineOfBusiness] ?? 0)
    const premium = premiumIn(rng, isGroup ? profile.group! : profile.premium)
    const totalDue = withIva(premium)

    // Days from the start of cover to the premium's due date.
    const term = isGroup || lineOfBusiness === 'CUMPLIMIENTO' ? rng.pick([30, 45, 60]) : rng.pick([30, 30, 30, 45])
    let paymentDueDate: string
    if (scenario.kind === 'paid') {
      const startedDaysAgo = rng.chance(0.8) ? rng.int(2, 360) : rng.int(366, 700)
      paymentDueDate = addDays(addDays(today, -startedDaysAgo), term)
    } else if (scenario.kind === 'notDue') {
      paymentDueDate = addDays(today, rng.int(1, 28))
    } else {
      paymentDueDate = addDays(today, -rng.int(scenario.minDays, scenario.maxDays))
    }
    const coverStart = addDays(paymentDueDate, -term)
    const issueDate = addDays(coverStart, -rng.int(1, 10))
    const coverEnd = addOneYear(coverStart)

    let paymentStatus: PolicyPlan['paymentStatus'] = 'PAGADA'
    let amountPaid = totalDue
    if (scenario.kind !== 'paid') {
      const partial = rng.chance(scenario.kind === 'arrears' ? 0.28 : 0.15)
      paymentStatus = partial ? 'PARCIAL' : 'PENDIENTE'
      amountPaid = partial
        ? Math.min(totalDue - 1_000, Math.max(1_000, Math.round((totalDue * (0.2 + 0.6 * rng.next())) / 1_000) * 1_000))
        : 0
    }

    let cancelledAt: string | null = null
    if (cancelled.has(index)) {
      // Unpaid ones were revoked for non-payment after their due date; paid ones at the client's request.
      const from = scenario.kind === 'arrears' ? addDays(paymentDueDate, 1) : addDays(coverStart, 1)
      const lastDay = daysBetween(today, addDays(coverEnd, -1)) < 0 ? addDays(coverEnd, -1) : today
      cancelledAt = addDays(from, rng.int(0, Math.max(0, daysBetween(from, lastDay))))
    }
    const status: PolicyPlan['status'] = cancelledAt ? 'CANCELADA' : daysBetween(today, coverEnd) < 0 ? 'NO_RENOVADA' : 'VIGENTE'

    return {
      number: unique(numbers, () => String(rng.int(1_000_100_000, 1_009_999_999))),
      type: isGroup ? 'COLECTIVA' : 'INDIVIDUAL',
      lineOfBusiness,
      plate: profile.plate ? unique(plates, () => makePlate(rng, profile.plate!)) : null,
      holderKey: holder.key,
      issueDate,
      coverStart,
      coverEnd,
      premium,
      totalDue,
      amountPaid,
      paymentDueDate,
      paymentStatus,
      status,
      cancelledAt,
      clave: rng.weighted(CLAVE_WEIGHTS),
      certificates: [],
    }
  })
}

/**
 * R-CAR-04: an individual policy has the certificate 0 for its whole total; a collective one 2 to 6
 * certificates (members or vehicles) whose amounts add up to its total. What the policy has paid
 * went to the oldest first, so the fully paid ones fall due before the policy's due date, the first
 * one still owing falls due on it (the arrears bucket is unchanged) and the rest every 15 days after.
 * Its own random stream: the policies themselves stay as they were.
 */
export const planCertificates = (rng: Random, policies: PolicyPlan[]): void => {
  for (const policy of policies) {
    if (policy.type !== 'COLECTIVA') {
      policy.certificates = [
        { number: '0', insured: null, amountDue: policy.totalDue, amountPaid: policy.amountPaid ?? 0, dueDate: policy.paymentDueDate },
      ]
      continue
    }
    const count = rng.int(2, 6)
    const weights = Array.from({ length: count }, () => 1 + rng.next())
    const sum = weights.reduce((s, w) => s + w, 0)
    const amounts = weights.map((w) => Math.floor((policy.totalDue * w) / sum))
    amounts[count - 1]! += policy.totalDue - amounts.reduce((s, a) => s + a, 0)
    let left = policy.amountPaid ?? 0
    const paid = amounts.map((a) => {
      const p = Math.min(a, left)
      left -= p
      return p
    })
    const firstOwing = Math.max(0, paid.findIndex((p, i) => p < amounts[i]!))
    const numbers = rng.shuffle(Array.from({ length: 250 }, (_, i) => i + 1)).slice(0, count).sort((a, b) => a - b)
    const firstMember = rng.int(1, 400)
    policy.certificates = amounts.map((amountDue, i) => ({
      number: String(numbers[i]),
      insured: `${policy.plate ? 'Vehículo' : 'Asegurado'} ${firstMember + i}`,
      amountDue,
      amountPaid: paid[i]!,
      dueDate: addDays(policy.paymentDueDate, 15 * (i - firstOwing)),
    }))
  }
}
