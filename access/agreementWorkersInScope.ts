import type { Access } from 'payload'

import { AGREEMENT_WORKER_ROLES, writeScopeWhere } from '@/rules/access/userScope'

/**
 * Who works a payment agreement: the administrator, the collections manager, the executor officer
 * and the legal manager anywhere; branch staff in their branch; an external firm only the agreements
 * of the cases assigned to it. Who may approve is then R-ROL-04's (checkApprovalCompetence).
 */
export const agreementWorkersInScope: Access = ({ req: { user } }) =>
  writeScopeWhere(user, AGREEMENT_WORKER_ROLES, { branch: 'branch', firm: 'assignedFirm' })
