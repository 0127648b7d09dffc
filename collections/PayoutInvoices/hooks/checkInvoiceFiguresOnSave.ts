import type { CollectionBeforeValidateHook } from 'payload'

import type { PayoutInvoice } from '@/payload-types'
import { checkInvoiceFigures } from '@/rules/payouts/invoiceFields'
import { enforceRule } from '@/utilities/enforceRule'

/** R-PAY-03/04: whole pesos, a complete crossing, withholdings within the invoice value (on the merged document). */
export const checkInvoiceFiguresOnSave: CollectionBeforeValidateHook<PayoutInvoice> = ({ data, originalDoc }) => {
  if (!data) return data
  enforceRule(() => checkInvoiceFigures({ ...(originalDoc ?? {}), ...data }))
  return data
}
