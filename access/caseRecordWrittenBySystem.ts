import type { CollectionConfig } from 'payload'

import { nobody } from './nobody'
import { rowsInUserScope } from './rowsInUserScope'

/**
 * Access of rows the workflow writes about a case (case-file entries, agreement instalments, e-mails): read
 * by whoever works the case's branch or firm; written only by hooks, never by a user.
 */
export const caseRecordWrittenBySystem: CollectionConfig['access'] = {
  read: rowsInUserScope({ branch: 'branch', firm: 'assignedFirm' }),
  create: nobody,
  update: nobody,
  delete: nobody,
}
