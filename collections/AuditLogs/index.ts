import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { AUTH_EVENTS } from '@/audit/recordAuthEvent'
import { SLUGS } from '@/constants/slugs'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { AUDIT_CHANGES_FIELD, FIGURES_FIELD } from '@/fields/figuresField'

/** Append-only trail of changes: readable by administrators, written only by hooks, never edited. */
export const AuditLogs: CollectionConfig = {
  slug: SLUGS.auditLogs,
  labels: { singular: 'Registro de auditoría', plural: 'Auditoría' },
  admin: {
    group: 'Administración',
    useAsTitle: 'documentId',
    defaultColumns: ['createdAt', 'collectionSlug', 'documentId', 'operation', 'event', 'userEmail'],
  },
  defaultSort: '-createdAt',
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeOperation: [refuseUnreadableQueryPaths] },
  fields: [
    { name: 'collectionSlug', label: 'Colección', type: 'text', required: true, index: true, admin: { components: { Field: '/src/components/CollectionNameField#CollectionNameField' } } },
    { name: 'documentId', label: 'Documento', type: 'text', required: true, index: true },
    {
      name: 'operation',
      label: 'Operación',
      type: 'select',
      required: true,
      options: [
        { label: 'Creación', value: 'create' },
        { label: 'Modificación', value: 'update' },
        { label: 'Eliminación', value: 'delete' },
        { label: 'Autenticación', value: 'auth' },
      ],
    },
    // Sign-in events (login, failures, limits, password reset and change); empty for data changes.
    { name: 'event', label: 'Evento', type: 'select', options: [...AUTH_EVENTS], index: true },
    { name: 'user', label: 'Usuario', type: 'relationship', relationTo: SLUGS.users, index: true },
    { name: 'userEmail', label: 'Correo del usuario', type: 'text' },
    { name: 'changes', label: 'Cambios', type: 'json', admin: { components: { Field: AUDIT_CHANGES_FIELD } } },
    // Context of a sign-in event (client address, API, reason); never a password, hash or token.
    { name: 'detail', label: 'Detalle', type: 'json', admin: { components: { Field: { path: FIGURES_FIELD, serverProps: { emptyText: 'Sin detalle.' } } } } },
  ],
  timestamps: true,
}
