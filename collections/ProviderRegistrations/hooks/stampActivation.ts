import type { CollectionBeforeChangeHook } from 'payload'

import type { ProviderRegistration } from '@/payload-types'
import { REGISTRATION_STATUS } from '@/rules/payouts/registration'

/** R-PAY-01: who activated a provider's registration, and when. */
export const stampActivation: CollectionBeforeChangeHook<ProviderRegistration> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data.status !== REGISTRATION_STATUS.activated || originalDoc?.status === REGISTRATION_STATUS.activated) return data
  return { ...data, activatedAt: new Date().toISOString(), activatedBy: req.user?.id ?? null }
}
