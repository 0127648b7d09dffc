import type { Field, Tab } from 'payload'

import { computed } from '@/fields/computedField'
import { legalDateField } from '@/fields/legalDateField'
import { pesosField } from '@/fields/pesosField'
import { stampedUserField } from '@/fields/stampedUserField'
import { CHECKLIST_LABELS } from '@/rules/cases/coactiveChecklist'
import { actDocumentField } from './actDocumentField'

const checklistField = (name: keyof typeof CHECKLIST_LABELS): Field => ({
  name,
  label: CHECKLIST_LABELS[name],
  type: 'checkbox',
  defaultValue: false,
})

/** R-COB-03…08: the certified debt liquidation, the contacts after it is final, and the coactive file. */
export const preLegalTab: Tab = {
  label: 'Prejurídico',
  fields: [
    {
      name: 'lcd',
      label: 'Liquidación Certificada de Deuda (R-COB-03)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'cutOffDate', label: 'Fecha de corte' }),
            computed(legalDateField({ name: 'limitDate', label: 'Expedir a más tardar' })),
          ],
        },
        {
          type: 'row',
          fields: [
            computed(pesosField({ name: 'capital', label: 'Capital' })),
            computed(pesosField({ name: 'interest', label: 'Intereses de mora' })),
            computed(pesosField({ name: 'total', label: 'Total' })),
          ],
        },
        {
          type: 'row',
          fields: [
            stampedUserField('draftedBy', 'Proyectada por'),
            stampedUserField('signedBy', 'Firmada por'),
            computed(legalDateField({ name: 'issuedOn', label: 'Expedida el' })),
          ],
        },
        {
          type: 'row',
          fields: [
            computed(legalDateField({ name: 'notifiedOn', label: 'Notificada el' })),
            computed(legalDateField({ name: 'finalOn', label: 'En firme desde' })),
          ],
        },
        actDocumentField('LCD firmada (PDF)', 'Se adjunta una vez firmada; queda en el expediente.'),
      ],
    },
    {
      name: 'followUp',
      label: 'Contactos tras la firmeza (R-COB-06)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'firstContactOn', label: 'Primer contacto' }),
            legalDateField({ name: 'secondContactOn', label: 'Segundo contacto' }),
          ],
        },
        {
          type: 'row',
          fields: [
            computed(legalDateField({ name: 'firstContactDeadline', label: 'Primer contacto a más tardar' })),
            computed(legalDateField({ name: 'secondContactDeadline', label: 'Segundo contacto a más tardar' })),
            computed(legalDateField({ name: 'coactiveStartDeadline', label: 'Iniciar coactivo a más tardar' })),
          ],
        },
      ],
    },
    {
      name: 'checklist',
      label: 'Expediente para cobro coactivo (R-COB-08)',
      type: 'group',
      fields: [
        checklistField('persuasiveEvidence'),
        checklistField('debtDetailByPeriod'),
        checklistField('recoveryInvoices'),
        checklistField('recoveryExcelList'),
        checklistField('citationWithReceipt'),
        checklistField('originalLcd'),
        checklistField('noticeOriginal'),
        checklistField('notificationRecord'),
        checklistField('appealDecision'),
        checklistField('otherAnswersKeepDebt'),
        computed({ name: 'missing', label: 'Falta para pasar a coactivo', type: 'textarea' }),
      ],
    },
  ],
}
