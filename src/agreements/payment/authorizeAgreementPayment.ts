import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { requireAccess } from '@/http/requireAccess'

/** Step "authorize": a payment changes the agreement, so whoever may update that agreement records it. */
export const authorizeAgreementPayment = async (req: PayloadRequest, id: number) => {
  await requireAccess(req, { collection: SLUGS.agreements, operation: 'update', id })
}
