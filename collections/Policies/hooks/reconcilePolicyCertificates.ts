import type { CollectionBeforeValidateHook } from 'payload'

import type { Policy } from '@/payload-types'
import { reconcileCertificates, type Certificate } from '@/rules/policyCertificates'
import { enforceRule } from '@/utilities/enforceRule'

/** R-CAR-04: the certificates are coherent and the policy's totals are theirs (see reconcileCertificates). */
export const reconcilePolicyCertificates: CollectionBeforeValidateHook<Policy> = ({ data, originalDoc }) => {
  if (!data) return data
  const reconciled = enforceRule(() =>
    reconcileCertificates({
      sent: data as Parameters<typeof reconcileCertificates>[0]['sent'],
      previous: originalDoc as Parameters<typeof reconcileCertificates>[0]['previous'],
    }),
  )
  return { ...data, ...reconciled, certificates: reconciled.certificates as Certificate[] as Policy['certificates'] }
}
