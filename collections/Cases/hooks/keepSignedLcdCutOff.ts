import type { CollectionBeforeChangeHook } from 'payload'

import { day } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { assertSignedLcdCutOffKept } from '@/rules/cases/signedLcd'
import { enforceRule } from '@/utilities/enforceRule'

/** R-COB-17: the signed LCD's cut-off date does not change (refused on the field). */
export const keepSignedLcdCutOff: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context.deadlinesOnly) return data
  const c = mergeCaseData(data, originalDoc)
  enforceRule(() =>
    assertSignedLcdCutOffKept({
      issuedOn: day(originalDoc?.lcd?.issuedOn),
      storedCutOff: day(originalDoc?.lcd?.cutOffDate),
      requestedCutOff: day(c.lcd.cutOffDate),
    }),
  )
  return data
}
