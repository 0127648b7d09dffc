import type { CollectionConfig } from 'payload'

import { isAdmin } from './isAdmin'
import { keepsProviderPayouts } from './keepsProviderPayouts'
import { rowsInUserScope } from './rowsInUserScope'

/**
 * Access of a provider's vouchers and of the invoices they crossed (R-ROL-02): national
 * staff read all, a provider the rows of its NIT; the administrator and the collections manager
 * load them; only the administrator deletes.
 */
export const providerPayoutAccess: CollectionConfig['access'] = {
  read: rowsInUserScope({ nit: 'nit' }),
  create: keepsProviderPayouts,
  update: keepsProviderPayouts,
  delete: isAdmin,
}
