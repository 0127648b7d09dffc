import type { CollectionConfig } from 'payload'

import { caseWorkersInScope } from '../../access/caseWorkersInScope'
import { nobody } from '../../access/nobody'
import { rowsInUserScope } from '../../access/rowsInUserScope'
import { staffInOwnBranch } from '../../access/staffInOwnBranch'
import { checkWorkAssignees } from '../../hooks/checkWorkAssignees'
import { keepBranchStaffInTheirBranch } from '../../hooks/keepBranchStaffInTheirBranch'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { stampDocumentScope } from '../../hooks/stampDocumentScope'
import { refuseWorkAssignmentByOthers } from '../../hooks/refuseWorkAssignmentByOthers'
import { SLUGS } from '@/constants/slugs'
import { generateAct } from './endpoints/generateAct'
import { worklist } from './endpoints/worklist'
import { emailMessagesField } from '@/fields/emailMessagesField'
import { caseAssignmentFields } from './fields/assignment'
import { coactiveTab } from './fields/coactiveTab'
import { debtTab } from './fields/debtTab'
import { generateActField } from './fields/generateActField'
import { caseHeaderFields } from './fields/header'
import { persuasiveTab } from './fields/persuasiveTab'
import { preLegalTab } from './fields/preLegalTab'
import { checkActDocuments } from './hooks/checkActDocuments'
import { computeCaseFigures } from './hooks/computeCaseFigures'
import { endCaseOnUpheldExceptions } from './hooks/endCaseOnUpheldExceptions'
import { enforceCaseRules } from './hooks/enforceCaseRules'
import { fillCaseFromDebtor } from './hooks/fillCaseFromDebtor'
import { recordCaseEvents } from './hooks/recordCaseEvents'
import { stampCaseAuthors } from './hooks/stampCaseAuthors'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'

/** Collection cases (expedientes), R-COB-01…17. */
export const Cases: CollectionConfig = {
  slug: SLUGS.cases,
  labels: { singular: 'Expediente', plural: 'Expedientes' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'stage', 'subState', 'nextDeadline', 'nextDeadlineLabel', 'deadlineFlag', 'branch', 'assignedFirm'],
    listSearchableFields: ['title', 'debtorName'],
    group: 'Cobro',
    // About the list (its order, how to act on a row): shown above the list, not on each document.
    components: { beforeList: [{ path: '/src/components/ListDescription#ListDescription', clientProps: { text: 'Ordenados por el vencimiento legal más próximo: los vencidos primero.' } }] },
  },
  // The collector's worklist order: nearest legal deadline first (overdue ones are the earliest).
  defaultSort: 'nextDeadline',
  access: {
    read: rowsInUserScope({ branch: 'branch', firm: 'assignedFirm' }),
    create: staffInOwnBranch(),
    update: caseWorkersInScope,
    // R-COB-17: the case file is kept; a case is terminated, never deleted.
    delete: nobody,
  },
  endpoints: [worklist, generateAct],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths, refuseWorkAssignmentByOthers],
    beforeValidate: [keepBranchStaffInTheirBranch, fillCaseFromDebtor],
    beforeChange: [endCaseOnUpheldExceptions, stampCaseAuthors, checkActDocuments, ...computeCaseFigures, ...enforceCaseRules, checkWorkAssignees],
    afterChange: [recordChangeInAudit, recordCaseEvents, stampDocumentScope],
  },
  fields: [
    ...caseHeaderFields,
    { type: 'tabs', tabs: [debtTab, persuasiveTab, preLegalTab, coactiveTab, { label: 'Correos', fields: [emailMessagesField('case')] }] },
    ...caseAssignmentFields,
    generateActField,
  ],
}
