import type { CollectionBeforeOperationHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { assertLegalizationEditable } from '@/rules/legalization/confirmation'
import { enforceRule } from '@/utilities/enforceRule'
import { targetIdOf } from '@/utilities/targetIdOf'

/** R-LEG-05: once confirmed (its payments recorded) a legalization is a record, not a draft. */
export const freezeConfirmedLegalization: CollectionBeforeOperationHook<'legalizations'> = async ({ args, operation, req }) => {
  if (operation !== 'update' || req.context.confirmingLegalization) return args
  const id = targetIdOf(args)
  if (id === undefined) return args
  const stored = await req.payload.findByID({
    collection: SLUGS.legalizations,
    id,
    select: { status: true },
    depth: 0,
    // Read as the caller: someone who cannot see it gets the operation's own 403/404, not a hint.
    overrideAccess: Boolean(args.overrideAccess) || !req.user,
    user: req.user,
    disableErrors: true,
    req,
  })
  enforceRule(() => assertLegalizationEditable(stored?.status))
  return args
}
