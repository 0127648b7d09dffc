import type { PayloadRequest } from 'payload'

import { coverageInputOf } from '@/agreements/guaranteeCoverageOf'
import { SLUGS } from '@/constants/slugs'
import type { Agreement, AgreementInstalment } from '@/payload-types'
import { day } from '@/rules/calendar'
import { missedInstalments } from '@/rules/agreements/defaultTerms'
import { assertExtensionAllowed, extendSchedule, firstExtendedInstalment, type ExtensionInstalment } from '@/rules/agreements/extension'
import { assertTermAllowed } from '@/rules/agreements/maximumTerm'
import { AGREEMENT_STATUSES, type Periodicity } from '@/rules/agreements/statuses'
import { smmlvOn } from '@/rules/cases/coactiveEligibility'
import { STAGES, type Stage } from '@/rules/cases/stages'
import { assertGuaranteesCover, type Coverage } from '@/rules/guarantees/coverage'
import { guaranteeRequired } from '@/rules/guarantees/required'
import { BACKING_GUARANTEE_STATUSES } from '@/rules/guarantees/statuses'
import { RuleViolation } from '@/rules/ruleViolation'
import { loadLegalSettings } from '@/utilities/legalSettings'
import type { ExtensionInput } from './types'

export type ExtensionDecision = {
  rows: AgreementInstalment[]
  fromNumber: number
  schedule: ExtensionInstalment[]
  coverage: Coverage | null
  requestedOn: string
}

/**
 * Step "decide": the instalments as they stand after the lock, and the pure rules on them —
 * once, while being met (R-AGR-10), from which instalment (30 days' notice, else the following
 * one), the new term within the capital's band (R-AGR-05), the re-schedule (R-AGR-08) and the
 * guarantees re-checked for the new term (R-GAR-02; refused until they are topped up).
 */
export const decideExtension = async (
  req: PayloadRequest,
  agreement: Agreement,
  input: ExtensionInput,
  ctx: { today: string; workingStage: Stage },
): Promise<ExtensionDecision> => {
  if (agreement.status !== AGREEMENT_STATUSES.approved) {
    throw new RuleViolation('R-AGR-10', 'Solo se amplía el plazo de un acuerdo concedido que se está cumpliendo.', 409)
  }
  const requestedOn = input.requestedOn ?? ctx.today
  if (requestedOn > ctx.today) throw new RuleViolation('R-AGR-10', 'La fecha de la solicitud de ampliación no puede ser futura.', 400, { path: 'requestedOn' })
  const { docs: rows } = await req.payload.find({
    collection: SLUGS.agreementInstalments,
    where: { agreement: { equals: agreement.id } },
    sort: 'number',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const instalments = rows.map((i) => ({ number: i.number, dueOn: day(i.dueOn)!, amount: i.amount, paidAmount: i.paidAmount ?? 0 }))
  const next = instalments.find((i) => i.paidAmount < i.amount)
  assertExtensionAllowed({
    extensionsGranted: agreement.extensionsGranted ?? 0,
    overdueInstalments: missedInstalments(instalments, ctx.today).length,
    nextDueOn: next?.dueOn ?? null,
  })
  const { number: fromNumber } = firstExtendedInstalment(instalments, requestedOn)
  const settings = await loadLegalSettings(req)
  const smmlv = smmlvOn(ctx.today, settings.minimumWages)
  assertTermAllowed({ capital: agreement.capital ?? 0, smmlv, coactive: ctx.workingStage === STAGES.coactive, termMonths: input.termMonths })
  const grantedOn = day(agreement.approvedOn)!
  const schedule = extendSchedule({
    instalments,
    fromNumber,
    startOn: grantedOn,
    periodicity: (agreement.periodicity ?? 'MENSUAL') as Periodicity,
    currentTermMonths: agreement.termMonths ?? 0,
    newTermMonths: input.termMonths,
    calendar: settings.calendar,
  })
  const { docs: guarantees } = await req.payload.find({
    collection: SLUGS.guarantees,
    where: { and: [{ agreement: { equals: agreement.id } }, { status: { in: BACKING_GUARANTEE_STATUSES } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { value: true },
    overrideAccess: true,
    req,
  })
  const mustCover = guarantees.length > 0 || guaranteeRequired(agreement.total ?? 0, smmlv)
  const coverage = mustCover
    ? assertGuaranteesCover(coverageInputOf(agreement, { startDate: grantedOn, termMonths: input.termMonths, rates: settings.moratoriumRates, guarantees }))
    : null
  return { rows, fromNumber, schedule, coverage, requestedOn }
}
