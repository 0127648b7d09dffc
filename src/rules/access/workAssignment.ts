import { BRANCH_ROLES, ROLES, type Role } from '@/auth/roles'
import { RuleViolation } from '@/rules/ruleViolation'
import { checkRole } from './checkRole'
import { CASE_WORKER_ROLES, isRowInScope, userScope } from './userScope'

/** Fields that decide who works a debtor or a case. */
export const WORK_ASSIGNMENT_FIELDS = ['responsible', 'assignedFirm', 'branch'] as const

/** R-ROL-01: the roles that assign work. A branch manager only within its own branch (checked elsewhere). */
export const WORK_ASSIGNER_ROLES: Role[] = [ROLES.admin, ROLES.collectionsManager, ROLES.branchManager]

const FIELD_LABELS: Record<string, string> = { responsible: 'el responsable', assignedFirm: 'la firma externa', branch: 'la sucursal' }

/**
 * R-ROL-01: only the administrator, the collections manager and the branch manager set the
 * responsible, the firm or the branch; an assignee never re-assigns its own work.
 */
export const assertMayAssignWork = (role: string | null | undefined, changed: readonly string[]): void => {
  if (changed.length === 0 || (WORK_ASSIGNER_ROLES as string[]).includes(role ?? '')) return
  // Branch staff hear the branch rule they already know (keepBranchStaffInTheirBranch).
  if ((BRANCH_ROLES as string[]).includes(role ?? '') && changed.includes('branch')) {
    throw new RuleViolation('R-ROL-01', 'Solo puede registrar información de su propia sucursal.', 403)
  }
  const what = changed.map((field) => FIELD_LABELS[field] ?? field).join(', ')
  throw new RuleViolation(
    'R-ROL-01',
    `Solo el administrador, el gerente de recaudo o el gerente de sucursal asignan ${what}.`,
    403,
  )
}

type Candidate = { id: number | string; role?: string | null; branch?: number | string | null; active?: boolean | null }

/** R-ROL-01: an inactive user cannot sign in, so it is never given work. */
const assertActive = (candidate: Candidate, who: string): void => {
  if (candidate.active !== false) return
  throw new RuleViolation('R-ROL-01', `${who} debe ser un usuario activo.`, 400)
}

/**
 * R-ROL-01: an external firm assigned to a debtor, case or assignment batch must be an active user
 * with that role (the pickers list the same people: `externalFirmOptions`); `anyStatus` accepts a
 * deactivated firm, for records about its past work.
 */
export const assertIsExternalFirm = (candidate: Candidate | null, { anyStatus = false } = {}): void => {
  if (candidate?.role !== ROLES.externalFirm) {
    throw new RuleViolation('R-ROL-01', 'La firma externa asignada debe ser un usuario con rol de firma externa.', 400)
  }
  if (!anyStatus) assertActive(candidate, 'La firma externa asignada')
}

/**
 * R-ROL-01: the responsible of a case is insurer staff who can work it: the administrator, the
 * collections manager or the executor officer anywhere, branch staff of the case's branch, or
 * the external firm the case is assigned to, and active. Never a broker, a provider or another
 * branch's staff (the picker lists the same people: `caseResponsibleOptions`).
 */
export const assertMayBeResponsible = (
  candidate: Candidate | null,
  theCase: { branch?: number | string | null; assignedFirm?: number | string | null },
): void => {
  const worksIt = checkRole(candidate, CASE_WORKER_ROLES) && isRowInScope(userScope(candidate), { branch: theCase.branch, firm: theCase.assignedFirm })
  if (!worksIt) {
    throw new RuleViolation(
      'R-ROL-01',
      'El responsable debe ser personal que trabaje el expediente: nivel nacional, la sucursal del expediente o la firma asignada.',
      400,
    )
  }
  assertActive(candidate!, 'El responsable')
}
