import type { Agreement } from '@/payload-types'
import { PENDING_STATUSES, type AgreementStatus } from '@/rules/agreements/statuses'

/** An agreement as its beforeChange hooks read it: the stored document with the request's values on top. */
export const mergeAgreementData = (data: Partial<Agreement>, originalDoc: Agreement | undefined): Partial<Agreement> => ({
  ...(originalDoc ?? {}),
  ...data,
})

/** The status before this save (null while creating) and after it. */
export const statusMoveOf = (data: Partial<Agreement>, originalDoc: Agreement | undefined) => {
  const from = (originalDoc?.status ?? null) as AgreementStatus | null
  const to = (data.status ?? originalDoc?.status ?? 'SOLICITADO') as AgreementStatus
  return { from, to }
}

/** The request's terms are checked while it is being decided: on filing, on each change, and on approval. */
export const isBeingDecided = (from: AgreementStatus | null): boolean => from === null || PENDING_STATUSES.includes(from)

/** This save grants the agreement (R-ROL-04, R-AGR-08, R-COB-15). */
export const isApproval = (from: AgreementStatus | null, to: AgreementStatus): boolean =>
  to === 'APROBADO' && from !== null && PENDING_STATUSES.includes(from)
