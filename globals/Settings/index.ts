import type { GlobalConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isInternalStaff } from '../../access/isInternalStaff'
import { SLUGS } from '@/constants/slugs'
import { legalDateField } from '@/fields/legalDateField'
import { pesosField } from '@/fields/pesosField'
import { letterheadFields } from './fields/letterhead'
import { recomputeTermsOnCalendarChange } from './hooks/recomputeTermsOnCalendarChange'
import { validateSettings } from './hooks/validateSettings'

/** Legal parameters that change by year or decree: never literals in code. */
export const Settings: GlobalConfig = {
  slug: SLUGS.settings,
  label: 'Parámetros',
  admin: { group: 'Administración' },
  access: { read: isInternalStaff, update: isAdmin },
  hooks: { beforeValidate: [validateSettings], afterChange: [recomputeTermsOnCalendarChange] },
  fields: [
    {
      name: 'minimumWages',
      label: 'Salario mínimo (SMMLV) por año',
      type: 'array',
      labels: { singular: 'Año', plural: 'Años' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'year', label: 'Año', type: 'number', required: true, min: 2000, max: 2100 },
            pesosField({ name: 'amount', label: 'SMMLV (pesos)', required: true }),
          ],
        },
      ],
    },
    {
      name: 'moratoriumRates',
      label: 'Tasa de interés moratorio por periodo',
      type: 'array',
      labels: { singular: 'Periodo', plural: 'Periodos' },
      admin: { description: 'R-INT-01: tasa efectiva anual vigente en cada periodo.' },
      fields: [
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'from', label: 'Desde', required: true }),
            legalDateField({ name: 'to', label: 'Hasta', required: true }),
            {
              name: 'annualRatePercent',
              label: 'Tasa efectiva anual (%)',
              type: 'text',
              required: true,
              admin: { description: 'Con punto decimal, p. ej. 26.76' },
            },
          ],
        },
      ],
    },
    {
      name: 'extraNonBusinessDays',
      label: 'Días no hábiles adicionales',
      type: 'array',
      labels: { singular: 'Día', plural: 'Días' },
      admin: { description: 'Cierres institucionales que no son festivos nacionales. Al guardar, se recalculan los términos abiertos que cambian (con una actuación en cada expediente).' },
      fields: [
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'date', label: 'Fecha', required: true }),
            { name: 'reason', label: 'Motivo', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'struckHolidays',
      label: 'Festivos descartados',
      type: 'array',
      labels: { singular: 'Día', plural: 'Días' },
      admin: { description: 'Días que la librería de festivos lista por error: se tratan como hábiles. Al guardar, se recalculan los términos abiertos que cambian.' },
      fields: [
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'date', label: 'Fecha', required: true }),
            { name: 'reason', label: 'Motivo', type: 'text', required: true },
          ],
        },
      ],
    },
    ...letterheadFields,
  ],
}
