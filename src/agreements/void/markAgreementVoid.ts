import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import { storeDay } from '@/rules/calendar'

/** Step "declare void": the agreement is SIN_VIGENCIA from the signing day (R-AGR-12); its hooks file the change (R-COB-17). */
export const markAgreementVoid = async (req: PayloadRequest, agreement: Agreement, today: string): Promise<Agreement> =>
  (await req.payload.update({
    collection: SLUGS.agreements,
    id: agreement.id,
    data: { status: 'SIN_VIGENCIA', voidOn: storeDay(today) },
    overrideAccess: true,
    depth: 0,
    req,
  })) as Agreement
