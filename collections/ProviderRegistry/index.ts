import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { keepsProviderPayouts } from '../../access/keepsProviderPayouts'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { normalizeRegistryNit } from './hooks/normalizeRegistryNit'

/**
 * R-PAY-01: the insurer's registry of providers (IPS), kept by staff. A provider registers on the
 * portal only with a NIT found here, one of its sites' habilitación codes and the legal
 * representative's ID as held here; the contact data is shown back on the registration form.
 */
export const ProviderRegistry: CollectionConfig = {
  slug: SLUGS.providerRegistry,
  labels: { singular: 'Prestador registrado', plural: 'Registro de prestadores' },
  admin: {
    useAsTitle: 'businessName',
    defaultColumns: ['nit', 'businessName', 'representativeName', 'email'],
    listSearchableFields: ['nit', 'businessName'],
    group: 'Pagos a prestadores',
  },
  defaultSort: 'businessName',
  access: {
    read: keepsProviderPayouts,
    create: keepsProviderPayouts,
    update: keepsProviderPayouts,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeValidate: [normalizeRegistryNit],
    afterChange: [recordChangeInAudit],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'nit', label: 'NIT', type: 'text', required: true, unique: true, index: true, admin: { description: 'Sin dígito de verificación.' } },
        { name: 'checkDigit', label: 'DV', type: 'number', required: true, min: 0, max: 9 },
        { name: 'businessName', label: 'Razón social', type: 'text', required: true, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'representativeName', label: 'Representante legal', type: 'text', required: true },
        {
          name: 'representativeId',
          label: 'Cédula del representante legal',
          type: 'text',
          required: true,
          admin: { description: 'El número real, sin el "1" que el portal anterior pedía agregar al final.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'address', label: 'Dirección', type: 'text' },
        { name: 'email', label: 'Correo electrónico', type: 'email', required: true },
        { name: 'position', label: 'Cargo del contacto', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', label: 'Teléfono', type: 'text' },
        { name: 'mobile', label: 'Celular', type: 'text' },
      ],
    },
    {
      name: 'sites',
      label: 'Sedes (códigos de habilitación)',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Sede', plural: 'Sedes' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'habilitationCode', label: 'Código de habilitación', type: 'text', required: true },
            { name: 'siteName', label: 'Sede', type: 'text', required: true },
          ],
        },
      ],
    },
  ],
}
