import type { CollectionConfig, Field } from 'payload'

import { keepsIndicators } from '../../access/keepsIndicators'
import { publishedIndicatorsOrKeepers } from '../../access/publishedIndicatorsOrKeepers'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { computed } from '@/fields/computedField'
import { FIGURES_FIELD } from '@/fields/figuresField'
import { dateTimeField } from '@/fields/dateTimeField'
import { legalDateField } from '@/fields/legalDateField'
import { stampedUserField } from '@/fields/stampedUserField'
import { PERIOD_PATTERN } from '@/rules/indicators/period'
import { SNAPSHOT_STATUS } from '@/rules/indicators/snapshotStatus'
import { takeSnapshotEndpoint } from './endpoints/takeSnapshot'
import { keepOwnBranchFigures } from './hooks/keepOwnBranchFigures'
import { refusePublishedSnapshotChange } from './hooks/refusePublishedSnapshotChange'
import { refusePublishedSnapshotDelete } from './hooks/refusePublishedSnapshotDelete'
import { stampSnapshotPublication } from './hooks/stampSnapshotPublication'
import { takeSnapshotFigures } from './hooks/takeSnapshotFigures'

/** A table of figures computed in SQL (takeSnapshotFigures): read-only JSON, shown as tables (FiguresField). */
const figures = (name: string, label: string): Field =>
  computed({ name, label, type: 'json', admin: { components: { Field: FIGURES_FIELD } } })

/**
 * 001 §7.2.1 item 3 / §7.2.2 item 2: the month's deterioration indicators of the portfolio, taken
 * at month end (job `indicatorSnapshot`) or on demand (POST /api/indicator-snapshots/take),
 * published by the collections manager and then immutable (R-IND-01); branch managers review the
 * published ones, their branch's rows only. Charts and Excel: /admin/indicadores, GET /api/indicators.xlsx.
 */
export const IndicatorSnapshots: CollectionConfig = {
  slug: SLUGS.indicatorSnapshots,
  labels: { singular: 'Corte de indicadores', plural: 'Cortes de indicadores' },
  admin: {
    group: 'Cartera',
    useAsTitle: 'period',
    defaultColumns: ['period', 'status', 'takenAt', 'publishedAt', 'publishedBy'],
    description: 'Indicadores de deterioro de cartera por mes: se publican una vez revisados y ya no cambian. Gráficos en Indicadores.',
  },
  defaultSort: '-period',
  access: {
    read: publishedIndicatorsOrKeepers,
    create: keepsIndicators,
    update: keepsIndicators,
    delete: keepsIndicators,
  },
  endpoints: [takeSnapshotEndpoint],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeChange: [refusePublishedSnapshotChange, takeSnapshotFigures, stampSnapshotPublication],
    beforeDelete: [refusePublishedSnapshotDelete],
    afterChange: [recordChangeInAudit],
    afterRead: [keepOwnBranchFigures],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'period',
          label: 'Periodo (AAAA-MM)',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          validate: (v: unknown) => (typeof v === 'string' && PERIOD_PATTERN.test(v)) || 'R-IND-01: use el formato AAAA-MM.',
        },
        {
          name: 'status',
          label: 'Estado',
          type: 'select',
          required: true,
          index: true,
          defaultValue: SNAPSHOT_STATUS.values.draft,
          options: [...SNAPSHOT_STATUS.options],
        },
        computed(legalDateField({ name: 'cutOff', label: 'Fecha de corte' })),
      ],
    },
    { name: 'notes', label: 'Observaciones del Gerente de Recaudo y Cartera', type: 'textarea' },
    {
      type: 'row',
      fields: [
        computed(dateTimeField({ name: 'takenAt', label: 'Calculado el' })),
        stampedUserField('takenBy', 'Calculado por'),
        computed(dateTimeField({ name: 'publishedAt', label: 'Publicado el', index: true })),
        stampedUserField('publishedBy', 'Publicado por'),
      ],
    },
    figures('portfolio', 'Mora por sucursal, ramo y franja'),
    figures('transitions', 'Movimiento de franjas desde el mes anterior'),
    figures('cases', 'Expedientes por etapa y antigüedad'),
    figures('agreements', 'Acuerdos de pago al día e incumplidos'),
    figures('recovery', 'Recaudo del mes'),
    // Per-policy states for next month's roll rates: read by SQL only, never by a client.
    {
      name: 'policyStates',
      type: 'json',
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}

