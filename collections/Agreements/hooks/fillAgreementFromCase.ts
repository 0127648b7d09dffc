import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isBeingDecided, mergeAgreementData, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { isRowInScope, userScope } from '@/rules/access/userScope'
import { agreementTitle } from '@/rules/agreements/agreementTitle'
import { assertCollectionMayProceed } from '@/rules/cases/caseTransition'
import { RuleViolation } from '@/rules/ruleViolation'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/**
 * The agreement takes its debtor, branch and firm from its case (the scope it is read and worked
 * in), its title from the case's and its own status, and its capital and total from the obligations it covers. Only a case the user works, still
 * open to collection (R-COB-01/09), gets an agreement.
 */
export const fillAgreementFromCase: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, operation, req }) => {
  const { theCase } = agreementFactsOf(req, originalDoc?.id)
  const branch = idOf(theCase.branch) as number
  const firm = (idOf(theCase.assignedFirm) as number | undefined) ?? null
  enforceRule(() => {
    if (req.user && !isRowInScope(userScope(req.user), { branch, firm })) {
      throw new RuleViolation('R-ROL-01', 'El expediente no está asignado a su sucursal o firma.', 403)
    }
    if (operation === 'create') assertCollectionMayProceed({ debtorInsolvent: false, stage: theCase.stage })
  })
  const a = mergeAgreementData(data, originalDoc)
  data.debtor = idOf(theCase.debtor) as number
  data.branch = branch
  data.assignedFirm = firm
  data.title = agreementTitle({ caseTitle: theCase.title, caseId: theCase.id, status: a.status })
  if (isBeingDecided(statusMoveOf(data, originalDoc).from)) {
    data.capital = (a.obligations ?? []).reduce((sum, o) => sum + (o.capital ?? 0), 0)
    data.total = data.capital + (a.interest ?? 0) + (a.costs ?? 0)
    data.outstanding = data.total
  }
  return data
}
