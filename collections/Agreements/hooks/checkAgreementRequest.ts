import type { CollectionBeforeChangeHook } from 'payload'

import { isBeingDecided, mergeAgreementData, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { assertRequestComplete } from '@/rules/agreements/request'
import { enforceRule } from '@/utilities/enforceRule'

/** R-AGR-01: the written request holds the contents of 001 §8.8 while it is being decided. */
export const checkAgreementRequest: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc }) => {
  if (!isBeingDecided(statusMoveOf(data, originalDoc).from)) return data
  const a = mergeAgreementData(data, originalDoc)
  enforceRule(() =>
    assertRequestComplete({
      requestedOn: a.requestedOn,
      city: a.city,
      requesterKind: a.requesterKind,
      requesterName: a.requesterName,
      requesterIdNumber: a.requesterIdNumber,
      thirdParty: a.thirdParty,
      thirdPartyJointlyLiable: a.thirdPartyJointlyLiable,
      obligationCount: (a.obligations ?? []).length,
      termMonths: a.termMonths,
      periodicity: a.periodicity,
      reasons: a.reasons,
      address: a.address,
      phone: a.phone,
    }),
  )
  return data
}
