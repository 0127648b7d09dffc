import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Legalization } from '@/payload-types'
import { LEGALIZATION_FLOW } from '@/rules/legalization/legalizationOptions'
import { formatPesos } from '@/rules/money'
import { LEGALIZATION_KIND } from '@/rules/requests/requestKinds'
import { RuleViolation } from '@/rules/ruleViolation'
import type { PricedConfirmation } from './priceConfirmation'
import type { ConfirmationInput } from './types'

/** Step "file the request" (R-LEG-05, R-REQ-06): a Recaudo / Legalización de pagos request with its case number. */
export const fileLegalizationRequest = async (
  req: PayloadRequest,
  legalization: Legalization,
  priced: PricedConfirmation,
  input: ConfirmationInput,
) => {
  const kind = await req.payload.find({
    collection: SLUGS.requestKinds,
    where: { code: { equals: LEGALIZATION_KIND.kind } },
    select: { code: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (!kind.docs[0]) throw new RuleViolation('R-REQ-01', 'El catálogo no tiene el tipo Recaudo; un administrador debe crearlo.', 409)
  const flow = legalization.flow === LEGALIZATION_FLOW.manual ? 'manual' : 'automática'
  const policies = priced.items.map((i) => i.policyNumber).join(', ')
  return req.payload.create({
    collection: SLUGS.requests,
    data: {
      kind: kind.docs[0].id,
      subtype: LEGALIZATION_KIND.subtype,
      clave: legalization.clave,
      legalization: legalization.id,
      attachments: input.supports ?? [],
      comments: [{ text: `Legalización ${legalization.id} (${flow}): pólizas ${policies} por ${formatPesos(priced.total)}.`.slice(0, 280) }],
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
}
