import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { requireAccess } from '@/http/requireAccess'

/**
 * Step "authorize": confirming a legalization changes it, so only someone who may update that
 * legalization confirms it (staff of its branch, a broker on its claves; not the legal manager).
 */
export const authorizeConfirmation = async (req: PayloadRequest, id: number) => {
  await requireAccess(req, { collection: SLUGS.legalizations, operation: 'update', id })
}
