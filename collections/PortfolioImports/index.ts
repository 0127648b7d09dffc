import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { cancelsUnfinishedImports } from '../../access/cancelsUnfinishedImports'
import { keepsPortfolioImports } from '../../access/keepsPortfolioImports'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { computed } from '@/fields/computedField'
import { dateTimeField } from '@/fields/dateTimeField'
import { stampedUserField } from '@/fields/stampedUserField'
import { IMPORTS_DIR } from '@/imports/importsDir'
import { FINISHED_IMPORT_STATUSES, IMPORT_KINDS, IMPORT_MODE, IMPORT_MODES, IMPORT_STATUS, IMPORT_STATUSES } from '@/rules/imports/importOptions'
import { importErrorsEndpoint } from './endpoints/importErrors'
import { queueImportAfterCreate } from './hooks/queueImportAfterCreate'
import { refuseFileChange } from './hooks/refuseFileChange'
import { refuseOversizedImportFile } from './hooks/refuseOversizedImportFile'
import { stampImportFile } from './hooks/stampImportFile'
import { documentHeading } from '@/fields/documentHeading'

/**
 * Issue 13 item 1: one load of a core-system file (parties, or policies with their certificates).
 * Creating it queues the `importPortfolio` job (src/imports/); the job writes the status, the
 * counts and the row errors here. See docs/import.md.
 */
export const PortfolioImports: CollectionConfig = {
  slug: SLUGS.portfolioImports,
  labels: { singular: 'Carga de cartera', plural: 'Cargas de cartera' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'kind', 'mode', 'status', 'rowsTotal', 'rowsFailed', 'createdAt', 'importedBy'],
    group: 'Cartera',
  },
  defaultSort: '-createdAt',
  access: {
    read: keepsPortfolioImports,
    create: keepsPortfolioImports,
    // Updating is asking to cancel (cancelRequested), while the load runs; every other field is the job's.
    update: cancelsUnfinishedImports,
    delete: isAdmin,
  },
  upload: {
    staticDir: IMPORTS_DIR,
    // A load's file never changes (refuseFileChange): no "remove file" button on a saved import.
    hideRemoveFile: true,
    mimeTypes: ['text/csv', 'text/plain', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  },
  endpoints: [importErrorsEndpoint],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeValidate: [refuseOversizedImportFile],
    beforeChange: [refuseFileChange, stampImportFile],
    afterChange: [queueImportAfterCreate],
  },
  fields: [
    documentHeading('Carga nueva'),
    // Progress, errors so far and the cancel button, refreshed while the load runs.
    { name: 'progress', type: 'ui', admin: { components: { Field: '/src/components/imports/ImportProgress#ImportProgress' } } },
    {
      type: 'row',
      fields: [
        // Chosen with the file: a saved load keeps what it was loaded as (an update's value is dropped).
        { name: 'kind', label: 'Tipo de archivo', type: 'select', required: true, index: true, options: [...IMPORT_KINDS], access: { update: () => false } },
        { name: 'mode', label: 'Modo', type: 'select', required: true, defaultValue: IMPORT_MODE.allOrNothing, options: [...IMPORT_MODES], access: { update: () => false } },
      ],
    },
    {
      type: 'row',
      // While the load runs the progress section above is the live figure; these were read when the page opened.
      admin: { condition: (data) => FINISHED_IMPORT_STATUSES.includes(data?.status) },
      fields: [
        computed({ name: 'status', label: 'Estado', type: 'select', defaultValue: IMPORT_STATUS.queued, index: true, options: [...IMPORT_STATUSES] }),
        computed({ name: 'rowsTotal', label: 'Filas del archivo', type: 'number', defaultValue: 0 }),
        computed({ name: 'rowsDone', label: 'Filas revisadas', type: 'number', defaultValue: 0 }),
        computed({ name: 'rowsFailed', label: 'Filas con errores', type: 'number', defaultValue: 0 }),
      ],
    },
    // Shown in the edit view by the progress above (live, as the load runs); the fields themselves stay for the API.
    computed({ name: 'counts', label: 'Registros creados / actualizados / sin cambios', type: 'json', admin: { hidden: true } }),
    computed({ name: 'rowErrors', label: 'Errores por fila (línea, columna, motivo)', type: 'json', admin: { hidden: true } }),
    computed({ name: 'message', label: 'Resultado', type: 'textarea' }),
    {
      name: 'cancelRequested',
      label: 'Cancelación solicitada',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'La carga se detiene entre lotes, antes de escribir nada.' },
    },
    computed({ name: 'fileHash', label: 'SHA-256 del archivo', type: 'text', index: true, admin: { position: 'sidebar' } }),
    stampedUserField('importedBy', 'Cargado por'),
    computed(dateTimeField({ name: 'startedAt', label: 'Inicio', admin: { position: 'sidebar' } })),
    computed(dateTimeField({ name: 'finishedAt', label: 'Fin', admin: { position: 'sidebar' } })),
  ],
  timestamps: true,
}
