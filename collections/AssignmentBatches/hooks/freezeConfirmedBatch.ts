import type { CollectionBeforeChangeHook } from 'payload'

import type { AssignmentBatch } from '@/payload-types'
import { assertBatchEditable } from '@/rules/assignment/confirmBatch'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * R-ASG-04: a confirmed batch is the record of what was assigned; only its own confirmation
 * (req.context.confirmingBatch) writes it then. A new batch starts as a proposal titled by its period.
 */
export const freezeConfirmedBatch: CollectionBeforeChangeHook<AssignmentBatch> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && !req.context.confirmingBatch) enforceRule(() => assertBatchEditable(originalDoc?.status))
  if (operation === 'create') {
    data.status = 'PROPUESTA'
    data.title = `Asignación ${data.period ?? ''}`.trim()
  }
  return data
}
