import type { FilterOptions, PayloadRequest, Validate } from 'payload'
import { validations } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { caseResponsibleOptions, externalFirmOptions } from '@/rules/access/userPickers'
import { RuleViolation } from '@/rules/ruleViolation'
import { toApiError } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/** What a picker's rule needs of a chosen user, read by the server whatever the writer may read. */
export type PickedUser = { id: number | string; role?: string | null; branch?: number | string | null; active?: boolean | null }

/** R-ROL-01: pickers of external firms list active firm users (`externalFirmOptions`), as the reader may filter. */
export const externalFirmFilter: FilterOptions = ({ user }) => externalFirmOptions(user)

/** R-ROL-01: pickers of the firm a record about past work names (a firm's report): every external firm. */
export const anyExternalFirmFilter: FilterOptions = ({ user }) => externalFirmOptions(user, { anyStatus: true })

/** R-ROL-01: the picker of a case's responsible lists who may work that case (`caseResponsibleOptions`). */
export const caseResponsibleFilter: FilterOptions = ({ user, data }) =>
  caseResponsibleOptions(user, { branch: idOf(data?.branch), assignedFirm: idOf(data?.assignedFirm) })

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map((v) => idOf(v)).filter((id) => id !== undefined && id !== '').map(String)

const loadPicked = async (req: PayloadRequest, ids: string[]): Promise<Map<string, PickedUser>> => {
  const found = await req.payload.find({
    collection: SLUGS.users,
    where: { id: { in: ids } },
    select: { role: true, branch: true, active: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(found.docs.map((u) => [String(u.id), { id: u.id, role: u.role, branch: idOf(u.branch) ?? null, active: u.active }]))
}

/**
 * The validation of a relationship to users that has a picker filter. Payload's own check of
 * `filterOptions` would re-run the filter as the writer on every save, so a record keeping a
 * value chosen before (a firm since deactivated) could no longer be saved, and it answers with a
 * generic message. Instead: the values a save adds are checked by the rule the filter mirrors
 * (`check`, refused as "<RULE-ID>: <mensaje>" on the field, with `data.rule`), values kept are
 * not re-checked, and the rest of Payload's relationship validation (required, ids) still runs.
 * Without `check`, a collection hook enforces the rule (collections' beforeChange hooks run
 * before field validation: checkWorkAssignees).
 */
export const pickedUserValidate =
  (check?: (candidate: PickedUser | null) => void): Validate =>
  async (value, options) => {
    const basic = await validations.relationship(value as never, { ...options, filterOptions: undefined } as never)
    if (basic !== true || !check || options.event !== 'submit') return basic
    const before = new Set(idsOf(options.previousValue))
    const added = idsOf(value).filter((id) => !before.has(id))
    if (added.length === 0) return true
    const picked = await loadPicked(options.req, added)
    for (const id of added) {
      try {
        check(picked.get(id) ?? null)
      } catch (error) {
        if (!(error instanceof RuleViolation)) throw error
        throw toApiError(new RuleViolation(error.ruleId, error.message, error.status, { path: options.path.join('.') }))
      }
    }
    return true
  }
