import type { CollectionConfig } from 'payload'

import { brokersAndPortfolioStaff } from './brokersAndPortfolioStaff'
import { isAdmin } from './isAdmin'
import { rowsInUserScope } from './rowsInUserScope'
import { staffInBranchOrBrokerClaves } from './staffInBranchOrBrokerClaves'

/**
 * Access of a record a broker files on its clave (requests, legalizations): read in the user's
 * scope, filed by brokers and portfolio staff, worked by branch staff or the broker on its claves,
 * deleted only by the administrator.
 */
export const brokerRecordAccess: CollectionConfig['access'] = {
  read: rowsInUserScope({ branch: 'branch', clave: 'clave' }),
  create: brokersAndPortfolioStaff,
  update: staffInBranchOrBrokerClaves({ branch: 'branch', clave: 'clave' }),
  delete: isAdmin,
}
