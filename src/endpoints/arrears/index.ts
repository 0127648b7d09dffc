import type { Endpoint } from 'payload'

import { arrearsDetail } from './arrearsDetail'
import { exportArrearsPolicyXlsx } from './exportArrearsPolicyXlsx'
import { exportArrearsXlsx } from './exportArrearsXlsx'
import { listArrears } from './listArrears'

/**
 * The arrears module (R-CAR-01…04) under /api/arrears; the Excel routes come before `:policyId`.
 * Each is a read of policies (src/http/requireAccess.ts): rows by the user's read access.
 */
export const arrearsEndpoints: Endpoint[] = [
  { path: '/arrears', method: 'get', handler: listArrears },
  { path: '/arrears/export.xlsx', method: 'get', handler: exportArrearsXlsx },
  { path: '/arrears/:policyId/export.xlsx', method: 'get', handler: exportArrearsPolicyXlsx },
  { path: '/arrears/:policyId', method: 'get', handler: arrearsDetail },
]
