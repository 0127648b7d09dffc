import type { CollectionAfterChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { queueEmail } from '@/email/queueEmail'
import type { ProviderRegistration } from '@/payload-types'
import { REGISTRATION_STATUS } from '@/rules/payouts/registration'
import { idOf } from '@/utilities/idOf'
import { portalUrl } from '@/payouts/portalUrl'

/**
 * R-PAY-01: when staff mark a registration "activada", the provider's user becomes active and an
 * e-mail tells the provider so (mail queue, retried until the server accepts it). In the same
 * transaction as the registration's change: a failure leaves both as they were.
 */
export const activateProviderAccount: CollectionAfterChangeHook<ProviderRegistration> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status !== REGISTRATION_STATUS.activated || previousDoc?.status === REGISTRATION_STATUS.activated) return doc
  const userId = idOf(doc.user)
  if (userId === undefined) return doc
  const user = await req.payload.update({
    collection: SLUGS.users,
    id: userId,
    data: { active: true },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await queueEmail({
    req,
    template: 'providerActivation',
    data: { businessName: doc.businessName, nit: doc.nit, email: user.email, portalUrl: portalUrl() },
    to: user.email,
    cause: { collection: SLUGS.providerRegistrations, id: doc.id },
    key: `provider-activation:${doc.id}`,
  })
  return doc
}
