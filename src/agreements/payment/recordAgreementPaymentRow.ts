import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import { idOf } from '@/utilities/idOf'
import type { AgreementPaymentInput } from './types'

/** Step "record the payment": one row in `payments`, linked to the agreement, with the request's key. */
export const recordAgreementPaymentRow = async (req: PayloadRequest, agreement: Agreement, input: AgreementPaymentInput, key: string) =>
  req.payload.create({
    collection: SLUGS.payments,
    data: {
      ...input.mean,
      paidOn: `${input.mean.paidOn}T12:00:00.000Z`,
      agreement: agreement.id,
      branch: idOf(agreement.branch) as number | undefined,
      idempotencyKey: key,
      recordedBy: req.user!.id as number,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
