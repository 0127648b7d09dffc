import type { Endpoint } from 'payload'

import { exportIndicatorsXlsx } from './exportIndicatorsXlsx'

/** The deterioration indicators' Excel (001 §7.2.1–7.2.2): a read of `indicator-snapshots`. */
export const indicatorsEndpoints: Endpoint[] = [{ path: '/indicators.xlsx', method: 'get', handler: exportIndicatorsXlsx }]
