import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isAuthenticated } from '../../access/isAuthenticated'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { SLUGS } from '@/constants/slugs'
import { downloadSubtypeForm } from './endpoints/downloadSubtypeForm'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'

/** R-REQ-01: kinds and subtypes of requests, data an administrator extends (seeded by src/seed/requestKinds.ts). */
export const RequestKinds: CollectionConfig = {
  slug: SLUGS.requestKinds,
  labels: { singular: 'Tipo de solicitud', plural: 'Tipos de solicitud' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'active'],
    group: 'Solicitudes',
  },
  defaultSort: 'name',
  access: {
    // The portal reads the catalogue to offer kinds and subtypes.
    read: isAuthenticated,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  endpoints: [{ path: '/:id/form', method: 'get', handler: downloadSubtypeForm }],
  hooks: { beforeOperation: [refuseUnreadableQueryPaths], afterChange: [recordChangeInAudit], afterDelete: [recordDeletionInAudit] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          label: 'Código',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          admin: { description: 'Mayúsculas, sin espacios (p. ej. RECAUDO). Lo usa el portal.' },
        },
        { name: 'name', label: 'Nombre', type: 'text', required: true },
        { name: 'active', label: 'Disponible', type: 'checkbox', defaultValue: true, index: true },
      ],
    },
    {
      name: 'subtypes',
      label: 'Subtipos',
      type: 'array',
      labels: { singular: 'Subtipo', plural: 'Subtipos' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'code', label: 'Código', type: 'text', required: true },
            { name: 'name', label: 'Nombre', type: 'text', required: true },
            { name: 'active', label: 'Disponible', type: 'checkbox', defaultValue: true },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'needsClient',
              label: 'Pide cliente',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'R-REQ-02: tipo y número de identificación del cliente.' },
            },
            {
              name: 'needsProduct',
              label: 'Pide producto',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'R-REQ-03: tipo y número de póliza, certificado, ramo y placa.' },
            },
            {
              name: 'needsPolicyPeriod',
              label: 'Pide vigencia',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'R-REQ-03: vigencia (desde–hasta) de la póliza; la piden las solicitudes de Cartera.' },
            },
          ],
        },
        {
          name: 'form',
          label: 'Formulario para descargar',
          type: 'relationship',
          relationTo: SLUGS.documents,
          admin: {
            description:
              'Formulario que el portal ofrece con este subtipo (p. ej. inscripción de cuentas para Devolución de primas).',
          },
        },
      ],
    },
  ],
}
