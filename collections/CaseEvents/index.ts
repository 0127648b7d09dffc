import type { CollectionConfig } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { caseScopeFields } from '@/fields/caseScopeFields'
import { dateTimeField } from '@/fields/dateTimeField'
import { CASE_EVENT_KINDS } from '@/rules/cases/caseOptions'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { caseRecordWrittenBySystem } from '../../access/caseRecordWrittenBySystem'

/**
 * R-COB-17: the case file. Every action, document and decision of a case, in order, with who and
 * when. Written only by the hooks of cases and notifications (overrideAccess), never edited or
 * deleted by anyone, not even an administrator.
 */
export const CaseEvents: CollectionConfig = {
  slug: SLUGS.caseEvents,
  labels: { singular: 'Actuación del expediente', plural: 'Actuaciones de expedientes' },
  admin: {
    group: 'Cobro',
    useAsTitle: 'summary',
    defaultColumns: ['at', 'case', 'kind', 'summary', 'actorEmail'],
  },
  defaultSort: 'at',
  access: caseRecordWrittenBySystem,
  hooks: { beforeOperation: [refuseUnreadableQueryPaths] },
  fields: [
    { name: 'case', label: 'Expediente', type: 'relationship', relationTo: SLUGS.cases, required: true, index: true },
    dateTimeField({ name: 'at', label: 'Fecha y hora', required: true, index: true }),
    {
      name: 'kind',
      label: 'Tipo',
      type: 'select',
      required: true,
      index: true,
      options: [...CASE_EVENT_KINDS],
    },
    { name: 'summary', label: 'Actuación', type: 'text', required: true },
    { name: 'actor', label: 'Realizada por', type: 'relationship', relationTo: SLUGS.users, index: true },
    { name: 'actorEmail', label: 'Correo de quien actuó', type: 'text' },
    { name: 'document', label: 'Documento', type: 'relationship', relationTo: SLUGS.documents },
    ...caseScopeFields(),
  ],
}
