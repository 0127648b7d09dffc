import type { CollectionConfig } from 'payload'

import { editorsAndAdmin } from '../../access/editorsAndAdmin'
import { internalStaffField } from '../../access/internalStaffField'
import { isAdmin } from '../../access/isAdmin'
import { publishedNoticesOrStaff } from '../../access/publishedNoticesOrStaff'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { legalDateField } from '@/fields/legalDateField'
import { serverManaged } from '@/fields/serverManaged'
import { NOTICE_KIND_OPTIONS, NOTICE_KINDS, NOTICE_STATE_OPTIONS } from '@/rules/notices/noticeDates'
import { computeNoticeDates } from './hooks/computeNoticeDates'
import { copyDebtorFromNotification } from './hooks/copyDebtorFromNotification'
import { flagNoticeDocuments } from './hooks/flagNoticeDocuments'
import { postNoticeOnNotification } from './hooks/postNoticeOnNotification'
import { recordNoticeInCaseFile } from './hooks/recordNoticeInCaseFile'
import { refuseUnsignedAct } from './hooks/refuseUnsignedAct'
import { documentHeading } from '@/fields/documentHeading'

/** Copied or computed by the hooks; shown, never typed in. */
const computed = { access: serverManaged, admin: { readOnly: true } } as const

/**
 * Public notices (avisos, R-NOT-02, R-COB-04/11/16): the editors write and publish them with
 * drafts and versions; published ones are read by anyone (the page /avisos, REST, GraphQL), drafts
 * only by editors and staff. Publishing a notice of notification sets the notification's posting
 * date (its terms recompute there); the daily sweep takes it down after its last day.
 */
export const Notices: CollectionConfig = {
  slug: SLUGS.notices,
  labels: { singular: 'Aviso', plural: 'Avisos' },
  admin: {
    group: 'Avisos',
    useAsTitle: 'debtorName',
    defaultColumns: ['debtorName', 'debtorId', 'kind', 'postedOn', 'takeDownOn', 'postingStatus', '_status'],
    listSearchableFields: ['debtorName', 'debtorId'],
  },
  defaultSort: '-postedOn',
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedNoticesOrStaff,
    readVersions: editorsAndAdmin,
    create: editorsAndAdmin,
    update: editorsAndAdmin,
    // The archive stays consultable (R-NOT-02): only the administrator removes a notice.
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeChange: [copyDebtorFromNotification, refuseUnsignedAct, computeNoticeDates],
    afterChange: [recordChangeInAudit, postNoticeOnNotification, recordNoticeInCaseFile, flagNoticeDocuments],
    afterDelete: [recordDeletionInAudit, flagNoticeDocuments],
  },
  fields: [
    documentHeading('Aviso nuevo'),
    {
      type: 'row',
      fields: [
        { name: 'kind', label: 'Tipo de aviso', type: 'select', required: true, defaultValue: NOTICE_KINDS.notification, options: NOTICE_KIND_OPTIONS },
        {
          name: 'notification',
          label: 'Notificación',
          type: 'relationship',
          relationTo: SLUGS.notifications,
          required: true,
          index: true,
          access: { read: internalStaffField },
          admin: { description: 'El registro de notificación del acto (o, para un remate, del expediente): de él se toman el deudor y la sucursal.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'debtorName', label: 'Deudor', type: 'text', index: true, ...computed },
        { name: 'debtorId', label: 'Identificación del deudor', type: 'text', index: true, ...computed },
        { name: 'branch', label: 'Sucursal', type: 'relationship', relationTo: SLUGS.branches, index: true, ...computed },
        { name: 'branchName', label: 'Sucursal (nombre)', type: 'text', ...computed, admin: { hidden: true } },
      ],
    },
    { name: 'text', label: 'Texto del aviso', type: 'richText', required: true },
    {
      name: 'document',
      label: 'Copia del acto (PDF)',
      type: 'relationship',
      relationTo: SLUGS.documents,
      admin: { description: 'El acto firmado (PDF). Si se deja vacío, se adjunta la copia del acto de la notificación; un acto en borrador no se adjunta.' },
    },
    {
      type: 'row',
      fields: [
        legalDateField({ name: 'postedOn', label: 'Fijado el', required: true, index: true }),
        legalDateField({
          name: 'auctionOn',
          label: 'Fecha del remate',
          admin: { condition: (data) => data?.kind === NOTICE_KINDS.auction },
        }),
        legalDateField({ name: 'takeDownOn', label: 'Se retira al cierre del', index: true, ...computed }),
        legalDateField({ name: 'deemedNotifiedOn', label: 'Notificación surtida al final del', ...computed }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'postingStatus', label: 'Estado en la página', type: 'select', index: true, options: NOTICE_STATE_OPTIONS, ...computed },
        legalDateField({ name: 'takenDownOn', label: 'Retirado el', ...computed }),
      ],
    },
  ],
}
