import type { CollectionConfig } from 'payload'

import { checkFilingClave } from '../../hooks/checkFilingClave'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { stampDocumentScope } from '../../hooks/stampDocumentScope'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { SLUGS } from '@/constants/slugs'
import { branchField } from '@/fields/branchField'
import { computed } from '@/fields/computedField'
import { dateTimeField } from '@/fields/dateTimeField'
import { idTypeField } from '@/fields/idTypeField'
import { legalDateField } from '@/fields/legalDateField'
import { lineOfBusinessField } from '@/fields/lineOfBusinessField'
import { policyTypeField } from '@/fields/policyTypeField'
import { serverManaged } from '@/fields/serverManaged'
import { MAX_COMMENT_LENGTH } from '@/rules/requests/requestComments'
import { INITIAL_STATUS, REQUEST_STATUSES } from '@/rules/requests/requestStatus'
import { exportRequestsXlsx } from './endpoints/exportRequestsXlsx'
import { lookupClient } from './endpoints/lookupClient'
import { assignCaseNumber } from './hooks/assignCaseNumber'

import { checkNewAttachments } from './hooks/checkNewAttachments'
import { checkRequestKind } from './hooks/checkRequestKind'
import { checkRequestProduct } from './hooks/checkRequestProduct'
import { claimIdempotencyKey } from './hooks/claimIdempotencyKey'
import { guardBrokerRequestChange } from './hooks/guardBrokerRequestChange'
import { openRequest } from './hooks/openRequest'
import { recordStatusChange } from './hooks/recordStatusChange'
import { replayIdempotentRequest } from './hooks/replayIdempotentRequest'
import { resolveRequestClient } from './hooks/resolveRequestClient'
import { stampIdempotencyKey } from './hooks/stampIdempotencyKey'
import { stampNewComments } from './hooks/stampNewComments'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { brokerRecordAccess } from '../../access/brokerRecordAccess'
import { documentHeading } from '@/fields/documentHeading'

const statusOptions = REQUEST_STATUSES.map(({ label, value }) => ({ label, value }))

/** Intermediary requests (solicitudes), R-REQ-01…08. */
export const Requests: CollectionConfig = {
  slug: SLUGS.requests,
  labels: { singular: 'Solicitud', plural: 'Solicitudes' },
  admin: {
    useAsTitle: 'caseNumber',
    defaultColumns: ['caseNumber', 'title', 'clientName', 'status', 'filedAt', 'lastCommentAt', 'commentCount', 'clave', 'branch'],
    // Every searchable field is indexed.
    listSearchableFields: ['caseNumber', 'clientName', 'clientIdNumber', 'policyNumber', 'clave'],
    group: 'Solicitudes',
  },
  defaultSort: '-filedAt',
  access: brokerRecordAccess,
  endpoints: [
    { path: '/lookup-client', method: 'post', handler: lookupClient },
    { path: '/export.xlsx', method: 'get', handler: exportRequestsXlsx },
  ],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths, guardBrokerRequestChange, claimIdempotencyKey],
    beforeValidate: [
      checkFilingClave,
      checkRequestKind,
      resolveRequestClient,
      checkRequestProduct,
      checkNewAttachments,
      stampNewComments,
      recordStatusChange,
      openRequest,
    ],
    beforeChange: [assignCaseNumber, stampIdempotencyKey],
    afterChange: [recordChangeInAudit, stampDocumentScope],
    afterDelete: [recordDeletionInAudit],
    afterError: [replayIdempotentRequest],
  },
  fields: [
    documentHeading('Solicitud nueva'),
    {
      type: 'row',
      fields: [
        {
          name: 'caseNumber',
          label: 'Caso',
          type: 'text',
          unique: true,
          index: true,
          access: serverManaged,
          admin: { readOnly: true, description: 'COL_<año>_<consecutivo>, asignado al radicar (R-REQ-06).' },
        },
        {
          name: 'status',
          label: 'Estado',
          type: 'select',
          required: true,
          defaultValue: INITIAL_STATUS,
          index: true,
          options: statusOptions,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          label: 'Tipo de solicitud',
          type: 'relationship',
          relationTo: SLUGS.requestKinds,
          required: true,
          index: true,
        },
        {
          name: 'subtype',
          label: 'Subtipo',
          type: 'text',
          required: true,
          index: true,
          admin: { description: 'Código del subtipo dentro del tipo (p. ej. REACTIVACION_POLIZA).' },
        },
        { name: 'title', label: 'Solicitud', type: 'text', access: serverManaged, admin: { readOnly: true } },
      ],
    },
    {
      type: 'collapsible',
      label: 'Cliente',
      fields: [
        {
          type: 'row',
          fields: [
            idTypeField({ name: 'clientIdType', index: true }),
            { name: 'clientIdNumber', label: 'Identificación', type: 'text', index: true },
            { name: 'clientCheckDigit', label: 'DV', type: 'number', min: 0, max: 9 },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'client',
              label: 'Tercero',
              type: 'relationship',
              relationTo: SLUGS.parties,
              index: true,
              access: serverManaged,
              admin: { readOnly: true },
            },
            { name: 'clientName', label: 'Cliente', type: 'text', index: true, access: serverManaged, admin: { readOnly: true } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Producto',
      fields: [
        {
          type: 'row',
          fields: [
            policyTypeField(),
            { name: 'policyNumber', label: 'No. póliza', type: 'text', index: true },
            { name: 'certificate', label: 'No. certificado', type: 'text' },
          ],
        },
        {
          type: 'row',
          fields: [
            lineOfBusinessField({ index: true }),
            { name: 'plate', label: 'Placa', type: 'text', admin: { description: 'Solo ramos de vehículos (R-REQ-03).' } },
            {
              name: 'policy',
              label: 'Póliza',
              type: 'relationship',
              relationTo: SLUGS.policies,
              index: true,
              access: serverManaged,
              admin: { readOnly: true },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            legalDateField({
              name: 'policyPeriodFrom',
              label: 'Vigencia desde',
              index: true,
              admin: { description: 'R-REQ-03: vigencia de la póliza a la que se refiere la solicitud (Cartera).' },
            }),
            legalDateField({ name: 'policyPeriodTo', label: 'Vigencia hasta' }),
          ],
        },
      ],
    },
    {
      // Read-only summary of documents, comments and status changes; the fields below stay editable.
      name: 'followUp',
      label: 'Seguimiento',
      type: 'ui',
      admin: { components: { Field: '/src/components/requests/RequestFollowUp#RequestFollowUp' } },
    },
    {
      name: 'attachments',
      label: 'Documentos adjuntos',
      type: 'relationship',
      relationTo: SLUGS.documents,
      hasMany: true,
      admin: { description: 'R-REQ-04: xls, xlsx, pdf, png, jpg, jpeg, doc, dot, docx, txt, csv; máximo 10 MB.' },
    },
    {
      name: 'comments',
      label: 'Comentarios',
      type: 'array',
      labels: { singular: 'Comentario', plural: 'Comentarios' },
      admin: { description: `R-REQ-05: máximo ${MAX_COMMENT_LENGTH} caracteres; no se editan ni se borran.` },
      fields: [
        { name: 'text', label: 'Comentario', type: 'textarea', required: true, maxLength: MAX_COMMENT_LENGTH },
        {
          type: 'row',
          fields: [
            { name: 'author', label: 'Autor', type: 'relationship', relationTo: SLUGS.users, admin: { readOnly: true } },
            { name: 'authorName', label: 'Nombre del autor', type: 'text', admin: { readOnly: true } },
            dateTimeField({ name: 'postedAt', label: 'Fecha', admin: { readOnly: true } }),
          ],
        },
      ],
    },
    {
      name: 'statusHistory',
      label: 'Historial de estados',
      type: 'array',
      access: serverManaged,
      labels: { singular: 'Cambio de estado', plural: 'Historial de estados' },
      // The timeline above shows it readably; the raw rows stay for reference, folded.
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', label: 'De', type: 'select', options: statusOptions },
            { name: 'to', label: 'A', type: 'select', required: true, options: statusOptions },
            dateTimeField({ name: 'at', label: 'Fecha', required: true }),
            { name: 'by', label: 'Por', type: 'relationship', relationTo: SLUGS.users },
            { name: 'byName', label: 'Nombre', type: 'text' },
          ],
        },
      ],
    },
    {
      name: 'clave',
      label: 'Clave',
      type: 'text',
      required: true,
      index: true,
      admin: { position: 'sidebar', description: 'Clave del intermediario con la que se radicó.' },
    },
    computed(dateTimeField({ name: 'filedAt', label: 'Fecha de radicación', index: true, admin: { position: 'sidebar' } })),
    computed(dateTimeField({ name: 'closedAt', label: 'Fecha de cierre', index: true, admin: { position: 'sidebar' } })),
    {
      name: 'commentCount',
      label: 'Total de comentarios',
      type: 'number',
      defaultValue: 0,
      access: serverManaged,
      admin: { position: 'sidebar', readOnly: true },
    },
    computed(dateTimeField({ name: 'lastCommentAt', label: 'Último comentario', index: true, admin: { position: 'sidebar' } })),
    {
      name: 'legalization',
      label: 'Legalización',
      type: 'relationship',
      relationTo: SLUGS.legalizations,
      index: true,
      access: serverManaged,
      admin: { position: 'sidebar', readOnly: true, description: 'Legalización de pagos que originó la solicitud.' },
    },
    {
      name: 'filedBy',
      label: 'Radicada por',
      type: 'relationship',
      relationTo: SLUGS.users,
      index: true,
      access: serverManaged,
      admin: { position: 'sidebar', readOnly: true },
    },
    computed(branchField({ admin: { position: 'sidebar' } })),
    // R-REQ-06: the Idempotency-Key a user filed it with ("<user id>:<key>") and its body's
    // fingerprint. Set by hooks only, never shown nor written by clients.
    { name: 'idempotencyKey', type: 'text', unique: true, index: true, hidden: true, access: serverManaged },
    { name: 'idempotencyFingerprint', type: 'text', hidden: true, access: serverManaged },
  ],
  timestamps: true,
}
