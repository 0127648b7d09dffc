import type { CollectionBeforeChangeHook } from 'payload'

import { loadAgreementFacts } from '@/agreements/agreementFacts'
import type { Agreement } from '@/payload-types'
import { idOf } from '@/utilities/idOf'

/** Loads, once per save, the case, BDME register rows, guarantees, other agreements and settings the rules after it read. */
export const loadAgreementFactsForSave: CollectionBeforeChangeHook<Agreement> = async ({ data, originalDoc, req }) => {
  await loadAgreementFacts(req, {
    id: originalDoc?.id,
    caseId: Number(idOf(data.case ?? originalDoc?.case)),
    thirdPartyId: idOf(data.thirdParty ?? originalDoc?.thirdParty) as number | undefined,
  })
  return data
}
