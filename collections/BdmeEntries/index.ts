import type { CollectionConfig } from 'payload'

import { executorOfficerOnly } from '../../access/executorOfficerOnly'
import { isInternalStaff } from '../../access/isInternalStaff'
import { nobody } from '../../access/nobody'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { legalDateField } from '@/fields/legalDateField'
import { serverManaged } from '@/fields/serverManagedField'
import { pesosField } from '@/fields/pesosField'
import { ID_TYPES } from '@/rules/identification'
import { checkBdmeEntryChange } from './hooks/checkBdmeEntryChange'
import { checkNoOpenReport } from './hooks/checkNoOpenReport'
import { copyPartyIdentification } from './hooks/copyPartyIdentification'
import { syncPartyBdmeStatus } from './hooks/syncPartyBdmeStatus'

/**
 * The register of reports to the State's delinquent-debtor bulletin (BDME, Ley 901 de 2004) and
 * their withdrawals: the executor officer's acts (R-ROL-05), kept as history, never deleted. The
 * debtor's `reportedToBdme` flag is derived from it (syncPartyBdmeStatus); R-AGR-02 reads it
 * through `isBlockedByBdme`. The semester's filing: GET /api/bdme/semester.xlsx.
 */
export const BdmeEntries: CollectionConfig = {
  slug: SLUGS.bdmeEntries,
  labels: { singular: 'Reporte BDME', plural: 'Reportes BDME' },
  admin: {
    group: 'Cobro',
    useAsTitle: 'name',
    defaultColumns: ['name', 'idNumber', 'obligation', 'amount', 'reportedOn', 'withdrawnOn'],
    description: 'Boletín de Deudores Morosos del Estado: reportes y retiros del funcionario ejecutor.',
  },
  defaultSort: '-reportedOn',
  access: {
    read: isInternalStaff,
    create: executorOfficerOnly,
    update: executorOfficerOnly,
    delete: nobody,
  },
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeValidate: [copyPartyIdentification],
    beforeChange: [checkBdmeEntryChange, checkNoOpenReport],
    afterChange: [recordChangeInAudit, syncPartyBdmeStatus],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'party', label: 'Deudor', type: 'relationship', relationTo: SLUGS.parties, required: true, index: true },
        { name: 'case', label: 'Expediente', type: 'relationship', relationTo: SLUGS.cases, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        serverManaged({ name: 'idType', label: 'Tipo de identificación', type: 'select', options: [...ID_TYPES] }),
        serverManaged({ name: 'idNumber', label: 'Número de identificación', type: 'text', index: true }),
        serverManaged({ name: 'checkDigit', label: 'DV', type: 'text' }),
        serverManaged({ name: 'name', label: 'Nombre o razón social', type: 'text' }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'obligation', label: 'Número u objeto de la obligación', type: 'text', required: true },
        pesosField({ name: 'amount', label: 'Valor de la obligación', required: true }),
        legalDateField({ name: 'obligationDate', label: 'Fecha de la obligación (vencimiento)', required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        legalDateField({ name: 'reportedOn', label: 'Reportado el', required: true, index: true }),
        { name: 'reason', label: 'Motivo del reporte', type: 'textarea', required: true },
        serverManaged({ name: 'reportedBy', label: 'Reportado por', type: 'relationship', relationTo: SLUGS.users }),
      ],
    },
    {
      type: 'row',
      fields: [
        legalDateField({ name: 'withdrawnOn', label: 'Retirado el', index: true }),
        { name: 'withdrawalReason', label: 'Motivo del retiro', type: 'textarea' },
        serverManaged({ name: 'withdrawnBy', label: 'Retirado por', type: 'relationship', relationTo: SLUGS.users }),
      ],
    },
    {
      name: 'filingReference',
      label: 'Constancia de envío a la CGN',
      type: 'text',
      admin: { description: 'Radicado del envío semestral en el que se informó este reporte o su retiro.' },
    },
    // Set by checkBdmeEntryChange: an open report is one not withdrawn (one per debtor, R-ROL-05).
    serverManaged({ name: 'open', label: 'Vigente', type: 'checkbox', index: true, admin: { position: 'sidebar' } }),
  ],
}
