import type { CollectionBeforeOperationHook } from 'payload'

import { changedFields } from '@/rules/access/changedFields'
import { assertMayAssignWork, WORK_ASSIGNMENT_FIELDS } from '@/rules/access/workAssignment'
import { enforceRule } from '@/utilities/enforceRule'
import { storedForComparison } from '@/utilities/storedForComparison'

/**
 * R-ROL-01: field access alone would silently drop a responsible, firm or branch sent
 * by someone who does not assign work; they must hear "no" instead, before anything is written.
 * A value sent back unchanged (as the admin form does) is not a change; on a create, an empty value
 * or the branch staff's own branch is what the server would set anyway.
 */
export const refuseWorkAssignmentByOthers: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || args.overrideAccess) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const fields = WORK_ASSIGNMENT_FIELDS.filter(
    (field) => field in data && collection.flattenedFields.some((f) => 'name' in f && f.name === field),
  )
  if (fields.length === 0) return args
  const current =
    operation === 'create'
      ? { branch: req.user?.branch, ...Object.fromEntries(fields.filter((f) => data[f] == null || data[f] === '').map((f) => [f, data[f]])) }
      : await storedForComparison(req, collection.slug, operation, (args as { id?: number | string }).id)
  enforceRule(() => assertMayAssignWork(req.user?.role, changedFields(current, data, fields)))
  return args
}
