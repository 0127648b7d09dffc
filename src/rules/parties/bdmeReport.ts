import { RuleViolation } from '@/rules/ruleViolation'

/** The two fields of a debtor that show its report to the State's delinquent-debtor bulletin (BDME). */
export const BDME_FIELDS = ['reportedToBdme', 'bdmeReportedAt'] as const

/**
 * R-ROL-05: a debtor's BDME flag is derived from the register (`bdme-entries`), where the executor
 * officer reports and withdraws with date and reason; nobody sets the flag by hand, so the register
 * stays the one source of truth.
 */
export const assertBdmeFlagsFromRegister = (changed: readonly string[]): void => {
  if (changed.length === 0) return
  throw new RuleViolation(
    'R-ROL-05',
    'El reporte al BDME se registra y se retira en "Reportes BDME" (funcionario ejecutor); la marca del tercero se deriva de allí.',
    403,
  )
}
