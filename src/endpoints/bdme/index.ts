import type { Endpoint } from 'payload'

import { exportBdmeSemesterXlsx } from './exportBdmeSemesterXlsx'

/** The BDME register's filing (R-ROL-05) under /api/bdme: a read of `bdme-entries`. */
export const bdmeEndpoints: Endpoint[] = [{ path: '/bdme/semester.xlsx', method: 'get', handler: exportBdmeSemesterXlsx }]
