import type { CollectionBeforeChangeHook } from 'payload'

import { nextCaseSequence } from '@/requests/nextCaseSequence'
import { caseYearOf, formatCaseNumber } from '@/rules/requests/caseNumber'
import type { Request } from '@/payload-types'

/** R-REQ-06: the case number is taken in the filing transaction, once every check has passed. */
export const assignCaseNumber: CollectionBeforeChangeHook<Request> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const filedAt = data.filedAt ? new Date(data.filedAt) : new Date()
  const year = caseYearOf(filedAt)
  return { ...data, caseNumber: formatCaseNumber(year, await nextCaseSequence(req, year)) }
}
