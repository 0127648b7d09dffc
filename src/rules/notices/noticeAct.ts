import { RuleViolation } from '@/rules/ruleViolation'
import { ACT_STATUSES } from '@/rules/acts/signedAct'

/**
 * R-NOT-02, R-COB-04/11: a notice carries the full copy of the act it notifies, and the copy of a
 * generated act is its signed version; a draft (unsigned) act never goes on a notice. A document
 * that is not a generated act (a PDF signed elsewhere and uploaded) is not judged here.
 */
export function assertNoticeActSigned(act: { actKind?: string | null; actStatus?: string | null } | null | undefined): void {
  if (!act?.actKind || act.actStatus === ACT_STATUSES.signed) return
  throw new RuleViolation(
    'R-NOT-02',
    'El aviso lleva la copia del acto firmado: este acto está en borrador. Fírmelo antes de adjuntarlo al aviso.',
    409,
    { path: 'document' },
  )
}
