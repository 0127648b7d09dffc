import type { CollectionConfig } from 'payload'

import { generatesReports } from '../../access/generatesReports'
import { keepsFirmAssignments } from '../../access/keepsFirmAssignments'
import { nobody } from '../../access/nobody'
import { rowsInUserScope } from '../../access/rowsInUserScope'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { assignedFirmField } from '@/fields/assignedFirmField'
import { anyExternalFirmFilter, pickedUserValidate } from '@/fields/userPicker'
import { assertIsExternalFirm } from '@/rules/access/workAssignment'
import { computed } from '@/fields/computedField'
import { FIGURES_FIELD } from '@/fields/figuresField'
import { dateTimeField } from '@/fields/dateTimeField'
import { stampedUserField } from '@/fields/stampedUserField'
import { PERIOD_PATTERN } from '@/rules/assignment/assignmentOptions'
import { REPORT_KINDS, REPORT_STATUS, REPORT_STATUSES } from '@/rules/reports/reportOptions'
import { generateReportFigures } from './hooks/generateReportFigures'
import { reviewReport } from './hooks/reviewReport'
import { storeReportFiles } from './hooks/storeReportFiles'
import { documentHeading } from '@/fields/documentHeading'

/**
 * The periodic reports of seed 001: a firm's monthly management report (§7.2.3 item 9) and
 * closing report (§7.2.3 item 10), and the executor officer's report of the coactive stage
 * (§7.9.3). Creating one generates it from the case file (figures, PDF and Excel stored as
 * documents); the collections manager reviews it. A firm reads its own; national staff all.
 */
export const ManagementReports: CollectionConfig = {
  slug: SLUGS.managementReports,
  labels: { singular: 'Informe', plural: 'Informes de gestión' },
  admin: {
    group: 'Cobro',
    useAsTitle: 'title',
    defaultColumns: ['title', 'period', 'kind', 'assignedFirm', 'status', 'pdf', 'xlsx'],
    description: 'Cree un informe con el periodo y el tipo: se genera desde el expediente, en PDF y Excel.',
  },
  defaultSort: '-period',
  access: {
    read: rowsInUserScope({ firm: 'assignedFirm' }),
    create: generatesReports,
    update: keepsFirmAssignments,
    delete: nobody,
  },
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeChange: [generateReportFigures, reviewReport],
    afterChange: [storeReportFiles, recordChangeInAudit],
  },
  fields: [
    documentHeading('Informe nuevo'),
    computed({ name: 'title', label: 'Informe', type: 'text', index: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'period',
          label: 'Periodo (AAAA-MM)',
          type: 'text',
          required: true,
          index: true,
          validate: (v: unknown) => (typeof v === 'string' && PERIOD_PATTERN.test(v)) || 'Use el formato AAAA-MM.',
        },
        { name: 'kind', label: 'Tipo de informe', type: 'select', required: true, index: true, options: [...REPORT_KINDS] },
        assignedFirmField({
          label: 'Firma externa',
          // A firm's closing report may name a firm since deactivated.
          filterOptions: anyExternalFirmFilter,
          validate: pickedUserValidate((firm) => assertIsExternalFirm(firm, { anyStatus: true })),
          admin: { description: 'La firma del informe; una firma genera los suyos.' },
        }),
      ],
    },
    {
      name: 'difficulties',
      label: 'Dificultades presentadas',
      type: 'textarea',
      admin: { description: 'Informe del funcionario ejecutor (§7.9.3): dificultades para recibir orientación.', condition: (data) => data?.kind === 'COACTIVO_EJECUTOR' },
    },
    {
      type: 'row',
      fields: [
        // Filled by the server (storeReportFiles): read-only for everybody, only the file's link shows.
        computed({ name: 'pdf', label: 'PDF', type: 'upload', relationTo: SLUGS.documents, admin: { description: 'Lo genera el sistema al guardar el informe.' } }),
        computed({ name: 'xlsx', label: 'Excel', type: 'upload', relationTo: SLUGS.documents, admin: { description: 'Lo genera el sistema al guardar el informe.' } }),
      ],
    },
    computed({ name: 'figures', label: 'Cifras', type: 'json', admin: { components: { Field: FIGURES_FIELD } } }),
    {
      name: 'status',
      label: 'Estado',
      type: 'select',
      required: true,
      index: true,
      defaultValue: REPORT_STATUS.draft,
      options: [...REPORT_STATUSES],
      admin: { position: 'sidebar' },
    },
    { name: 'reviewNotes', label: 'Observaciones de la revisión', type: 'textarea', admin: { position: 'sidebar' } },
    stampedUserField('generatedBy', 'Generado por'),
    computed(dateTimeField({ name: 'generatedAt', label: 'Generado el', admin: { position: 'sidebar' } })),
    stampedUserField('reviewedBy', 'Revisado por'),
    computed(dateTimeField({ name: 'reviewedAt', label: 'Revisado el', admin: { position: 'sidebar' } })),
  ],
}
