import type { PayloadRequest } from 'payload'

import type { Agreement } from '@/payload-types'
import { assertAgreementActFits } from '@/rules/acts/actDrafting'
import { voidResolutionFor } from '@/rules/agreements/defaultTerms'
import { day } from '@/rules/calendar'
import { enforceRule } from '@/utilities/enforceRule'
import { loadInstalmentsOwed } from '@/agreements/default/loadInstalmentsOwed'
import { enforceCaseGuarantees } from './enforceCaseGuarantees'
import { markAgreementVoid } from './markAgreementVoid'
import { reportDefaultToBdme } from './reportDefaultToBdme'
import { resumeSuspendedCase } from './resumeSuspendedCase'

/** The names of the steps that follow a signed void resolution, in the order they run. */
export const VOID_STEPS = ['markAgreementVoid', 'resumeCase', 'enforceGuarantees', 'reportOnBdme'] as const

export type VoidStep = (typeof VOID_STEPS)[number]

/** R-AGR-12: the decision a signed resolution carries out, checked again inside the signing transaction. */
export const decideVoid = async (req: PayloadRequest, agreement: Agreement, today: string) => {
  enforceRule(() => assertAgreementActFits('RESOLUCION_SIN_VIGENCIA', agreement.status))
  const instalments = await loadInstalmentsOwed(req, agreement.id)
  return enforceRule(() => voidResolutionFor({ today, demandDueOn: day(agreement.demandDueOn), instalments }))
}

/**
 * R-AGR-12 (001 §8.21): what the signed resolution orders, as named steps inside the signing
 * transaction (src/acts/sign/signActWorkflow.ts), each filed in the case file: the agreement becomes
 * SIN_VIGENCIA, the case leaves the suspension and resumes where it stopped (coactive at once),
 * the guarantees are marked for enforcement, and the debtor (and a jointly liable third party) is
 * reported on the BDME by the executor officer (R-ROL-05). A failure in any step rolls all back.
 */
export const declareAgreementVoid = async (
  req: PayloadRequest,
  input: { agreement: Agreement; today: string; afterStep?: (step: VoidStep) => void | Promise<void> },
) => {
  const step = async <T>(name: VoidStep, run: () => Promise<T>): Promise<T> => {
    const result = await run()
    await input.afterStep?.(name)
    return result
  }
  const decision = await decideVoid(req, input.agreement, input.today)
  const agreement = await step('markAgreementVoid', () => markAgreementVoid(req, input.agreement, input.today))
  const resumed = await step('resumeCase', () => resumeSuspendedCase(req, agreement))
  const guarantees = await step('enforceGuarantees', () => enforceCaseGuarantees(req, agreement, decision.outstanding))
  const bdmeEntries = await step('reportOnBdme', () => reportDefaultToBdme(req, agreement, decision, input.today))
  return { agreement, resumed, guarantees, bdmeEntries, decision }
}
