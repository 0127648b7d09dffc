import type { CollectionBeforeValidateHook } from 'payload'

import { parseIdentification, type IdType } from '@/rules/identification'
import { enforceRule } from '@/utilities/enforceRule'

/** R-REQ-02: a party's ID is stored clean (no dots or spaces) and a NIT only with its correct check digit. */
export const normalizeIdentification: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const idType = (data.idType ?? originalDoc?.idType) as IdType | undefined
  const idNumber = data.idNumber ?? originalDoc?.idNumber
  if (!idType || !idNumber) return data
  const checkDigit = 'checkDigit' in data ? data.checkDigit : originalDoc?.checkDigit
  const parsed = enforceRule(() =>
    parseIdentification(idType, String(idNumber), checkDigit === null ? undefined : checkDigit),
  )
  return { ...data, idType: parsed.type, idNumber: parsed.number, checkDigit: parsed.checkDigit ?? null }
}
