import type { CollectionConfig } from 'payload'
import path from 'path'
import { fileURLToPath } from 'url'

import { documentsInUserScope } from '../../access/documentsInUserScope'
import { internalStaffField } from '../../access/internalStaffField'
import { isAdmin } from '../../access/isAdmin'
import { isAuthenticated } from '../../access/isAuthenticated'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { SLUGS } from '@/constants/slugs'
import { assignedFirmField } from '@/fields/assignedFirmField'
import { branchField } from '@/fields/branchField'
import { signAct } from './endpoints/signAct'
import { actFields } from './fields/actFields'
import { refuseChangeOfSignedAct } from './hooks/refuseChangeOfSignedAct'
import { refuseDeletionOfSignedAct } from './hooks/refuseDeletionOfSignedAct'
import { refuseUploadWithoutFile } from './hooks/refuseUploadWithoutFile'
import { stampUploader } from './hooks/stampUploader'
import { validateAttachment } from './hooks/validateAttachment'
import { serveStoredFile } from './serveStoredFile'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { documentHeading } from '@/fields/documentHeading'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Written only by the server (with overrideAccess); read by insurer staff. */
const serverScope = { read: internalStaffField, create: () => false, update: () => false }

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
    // A document follows the scope of what it is attached to, plus the uploader's own.
    read: documentsInUserScope,
    create: isAuthenticated,
    update: isAdmin,
    delete: isAdmin,
  },
  upload: {
    staticDir: process.env.UPLOADS_DIR ?? path.resolve(dirname, '../../media/documents'),
    // Uploads by URL are off: no paste-url endpoint, and a create without a file is refused.
    pasteURL: false,
    // Served with the stored type, nosniff and Content-Disposition (R-REQ-04).
    handlers: [serveStoredFile],
  },
  endpoints: [signAct],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths, refuseUploadWithoutFile, validateAttachment],
    beforeChange: [stampUploader, refuseChangeOfSignedAct],
    beforeDelete: [refuseDeletionOfSignedAct],
    afterChange: [recordChangeInAudit],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    documentHeading('Documento nuevo'),
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
        { label: 'Informe de gestión', value: 'INFORME' },
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
    // Scope of the records the document is attached to (hooks/stampDocumentScope.ts): set by the server only.
    branchField({ access: serverScope, admin: { readOnly: true, position: 'sidebar' } }),
    { name: 'clave', label: 'Clave', type: 'text', index: true, access: serverScope, admin: { readOnly: true, position: 'sidebar' } },
    // Notices the document is the act of (collections/Notices/hooks/flagNoticeDocuments.ts): set by the server only.
    { name: 'onNotice', label: 'Acto de un aviso', type: 'checkbox', index: true, access: serverScope, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'onPublishedNotice',
      label: 'Acto de un aviso publicado',
      type: 'checkbox',
      index: true,
      access: serverScope,
      admin: { readOnly: true, position: 'sidebar' },
    },
    assignedFirmField({ name: 'firm', label: 'Firma externa', access: serverScope, admin: { readOnly: true, position: 'sidebar' } }),
    ...actFields,
  ],
}
