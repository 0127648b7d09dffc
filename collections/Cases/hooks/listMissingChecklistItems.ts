import type { CollectionBeforeChangeHook } from 'payload'

import { caseFactsOf } from '@/cases/caseFacts'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { missingChecklistItems } from '@/rules/cases/coactiveChecklist'

/** R-COB-08: what the file still lacks to open the coactive stage, one item per line. */
export const listMissingChecklistItems: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, req }) => {
  const c = mergeCaseData(data, originalDoc)
  const { lcdNotice } = caseFactsOf(req, originalDoc?.id)
  const missing = missingChecklistItems(c.checklist, {
    isRecovery: Boolean(c.isRecovery),
    notifiedByNotice: Boolean(lcdNotice?.noticePostedOn),
    appealFiled: Boolean(lcdNotice?.appealFiledOn),
  })
  data.checklist = { ...c.checklist, missing: missing.length > 0 ? missing.join('\n') : null }
  return data
}
