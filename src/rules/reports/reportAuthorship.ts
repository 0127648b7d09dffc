import { ROLES } from '@/auth/roles'
import { RuleViolation } from '@/rules/ruleViolation'
import { REPORT_KIND, REPORT_STATUS } from './reportOptions'

type Id = number | string

/**
 * R-INF-01 (seed 001 §7.2.3 items 9–10, §7.9.3): a firm's reports are about one firm, and a firm
 * generates only its own; the coactive report is the executor officer's; the administrator and the
 * collections manager may generate any of them. Returns the firm the report is about (null for the coactive one).
 */
export const reportAuthorFirm = (user: { id: Id; role?: string | null }, input: { kind: string; firm?: Id | null }): Id | null => {
  const firmReport = input.kind === REPORT_KIND.firmManagement || input.kind === REPORT_KIND.firmClosing
  const national = user.role === ROLES.admin || user.role === ROLES.collectionsManager
  if (!firmReport) {
    if (!national && user.role !== ROLES.executorOfficer) {
      throw new RuleViolation('R-INF-01', 'El informe del cobro coactivo lo presenta el funcionario ejecutor.', 403, { path: 'kind' })
    }
    return null
  }
  if (user.role === ROLES.externalFirm) {
    if (input.firm !== undefined && input.firm !== null && String(input.firm) !== String(user.id)) {
      throw new RuleViolation('R-INF-01', 'Una firma externa solo genera sus propios informes.', 403, { path: 'firm' })
    }
    return user.id
  }
  if (!national) throw new RuleViolation('R-INF-01', 'Los informes de una firma los genera la firma o la Gerencia de Recaudo y Cartera.', 403, { path: 'kind' })
  if (input.firm === undefined || input.firm === null) throw new RuleViolation('R-INF-01', 'Indique la firma externa del informe.', 400, { path: 'firm' })
  return input.firm
}

/** R-INF-02: a report reviewed by the collections manager is not generated again for the same period. */
export const assertReportNotReviewed = (existing: { status?: string | null } | null | undefined): void => {
  if (existing?.status === REPORT_STATUS.reviewed) {
    throw new RuleViolation('R-INF-02', 'El informe de ese periodo ya fue revisado por la Gerencia de Recaudo y Cartera; no se genera de nuevo.', 409)
  }
}
