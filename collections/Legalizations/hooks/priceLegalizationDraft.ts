import type { CollectionBeforeValidateHook } from 'payload'

import { priceLegalization } from '@/legalization/priceLegalization'
import { parseIdentification, type IdType } from '@/rules/identification'
import { LEGALIZATION_FLOW, LEGALIZATION_STATUS } from '@/rules/legalization/legalizationOptions'
import { assertManualRegistrationComplete } from '@/rules/legalization/manualLegalization'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import type { Legalization } from '@/payload-types'

/**
 * R-LEG-01 / R-LEG-04: a draft's items and total are computed from its policies; the manual flow
 * also registers the policyholder (ID type, number, full name), policy type and line of business.
 */
export const priceLegalizationDraft: CollectionBeforeValidateHook<Legalization> = async ({ data, originalDoc, req }) => {
  // The confirmation prices the legalization itself, in its transaction.
  if (!data || req.context.confirmingLegalization) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  let holder = {}
  if (merged.flow === LEGALIZATION_FLOW.manual) {
    enforceRule(() => assertManualRegistrationComplete(merged))
    const id = enforceRule(() =>
      parseIdentification(merged.holderIdType as IdType, String(merged.holderIdNumber), merged.holderCheckDigit),
    )
    holder = { holderIdNumber: id.number, holderCheckDigit: id.checkDigit ?? null, holderName: String(merged.holderName).trim() }
  }
  const { items, total, policies } = await priceLegalization(req, merged)
  return {
    ...data,
    ...holder,
    status: originalDoc?.status ?? LEGALIZATION_STATUS.draft,
    items,
    total,
    policies: items.map((i) => i.policy),
    branch: idOf((policies[0] as { branch?: unknown } | undefined)?.branch) ?? null,
  }
}
