import type { Case } from '@/payload-types'
import type { CasePosition } from '@/rules/cases/caseTransition'
import type { MergedCase } from './mergeCaseData'

/** Where an updated case stands and where this save puts it. */
export const caseMoveOf = (c: MergedCase, originalDoc: Case | undefined): { from: CasePosition; to: CasePosition; moved: boolean } => {
  const from = { stage: originalDoc!.stage, subState: originalDoc!.subState }
  const to = { stage: c.stage!, subState: c.subState! }
  return { from, to, moved: from.stage !== to.stage || from.subState !== to.subState }
}
