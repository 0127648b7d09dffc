import type { CollectionConfig } from 'payload'
import path from 'path'
import { fileURLToPath } from 'url'

import { isAdmin } from '../../access/isAdmin'
import { isAuthenticated } from '../../access/isAuthenticated'
import { staffOrOwnUploads } from '../../access/staffOrOwnUploads'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { SLUGS } from '../../src/constants/slugs'
import { stampUploader } from './hooks/stampUploader'
import { validateAttachment } from './hooks/validateAttachment'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Uploaded files (R-REQ-04): payment supports, forms, case file documents. */
export const Documents: CollectionConfig = {
  slug: SLUGS.documents,
  labels: { singular: 'Documento', plural: 'Documentos' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'category', 'uploadedBy', 'filesize', 'createdAt'],
    group: 'Cartera',
  },
  access: {
    read: staffOrOwnUploads,
    create: isAuthenticated,
    update: isAdmin,
    delete: isAdmin,
  },
  upload: {
    staticDir: process.env.UPLOADS_DIR ?? path.resolve(dirname, '../../media/documents'),
  },
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths, validateAttachment],
    beforeChange: [stampUploader],
    afterChange: [recordChangeInAudit],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    {
      name: 'category',
      label: 'Tipo de documento',
      type: 'select',
      required: true,
      defaultValue: 'SOPORTE',
      options: [
        { label: 'Soporte de pago', value: 'SOPORTE' },
        { label: 'Formulario', value: 'FORMULARIO' },
        { label: 'Documento del expediente', value: 'EXPEDIENTE' },
        { label: 'Otro', value: 'OTRO' },
      ],
    },
    { name: 'description', label: 'Descripción', type: 'text', maxLength: 280 },
    {
      name: 'uploadedBy',
      label: 'Cargado por',
      type: 'relationship',
      relationTo: SLUGS.users,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
