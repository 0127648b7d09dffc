import type { CollectionBeforeValidateHook } from 'payload'

import { checkRole } from '../access/checkRole'
import { ROLES } from '@/auth/roles'
import { assertClaveForFiling } from '@/rules/requests/requestClave'
import { enforceRule } from '@/utilities/enforceRule'
import type { Legalization, Request } from '@/payload-types'

/** R-ROL-02: a request or legalization is filed under one of the filing broker's claves; the clave never changes afterwards. */
export const checkFilingClave: CollectionBeforeValidateHook<Request | Legalization> = ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  if (operation === 'update') return { ...data, clave: originalDoc?.clave }
  const clave = enforceRule(() =>
    assertClaveForFiling({
      clave: data.clave,
      isBroker: checkRole(req.user, [ROLES.broker]),
      brokerClaves: req.user?.claves,
    }),
  )
  return { ...data, clave }
}
