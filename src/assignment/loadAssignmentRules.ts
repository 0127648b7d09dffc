import type { PayloadRequest } from 'payload'

import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { AssignmentRules } from '@/rules/assignment/proposeAssignments'
import { idOf } from '@/utilities/idOf'

/**
 * The rules the collections manager keeps (global `assignment-rules`), with the firms narrowed to
 * users who are still active external firms: a deactivated firm receives nothing.
 */
export const loadAssignmentRules = async (req: PayloadRequest): Promise<AssignmentRules> => {
  const global = await req.payload.findGlobal({ slug: SLUGS.assignmentRules, depth: 0, overrideAccess: true, req })
  const listed = (global.firms ?? []).map((f) => idOf(f)).filter((f): f is number => typeof f === 'number')
  const active =
    listed.length === 0
      ? []
      : (
          await req.payload.find({
            collection: SLUGS.users,
            where: { and: [{ id: { in: listed } }, { role: { equals: ROLES.externalFirm } }, { active: { not_equals: false } }] },
            select: { role: true },
            depth: 0,
            pagination: false,
            overrideAccess: true,
            req,
          })
        ).docs.map((u) => u.id)
  return {
    minAgeDays: global.minAgeDays ?? 0,
    minValue: global.minValue ?? 0,
    maxOpenDebtsPerFirm: global.maxOpenDebtsPerFirm ?? 1,
    branches: (global.branches ?? []).map((b) => idOf(b)).filter((b): b is number => typeof b === 'number'),
    // In the order the manager listed them: ties in load go to the first one.
    firms: listed.filter((f) => active.includes(f)),
  }
}
