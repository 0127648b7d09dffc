import type { Tab } from 'payload'

import { computed } from '@/fields/computedField'
import { legalDateField } from '@/fields/legalDateField'
import { pesosField } from '@/fields/pesosField'
import { stampedUserField } from '@/fields/stampedUserField'
import { EXCEPTION_DECISIONS, MEASURE_KINDS, SUSPENSION_REASONS, TERMINATION_CAUSES } from '@/rules/cases/caseOptions'
import { EXCEPTION_GROUNDS } from '@/rules/cases/paymentOrderTerms'
import { actDocumentField } from './actDocumentField'

/** R-COB-10…16: the payment order, exceptions, precautionary measures, auction and closure. */
export const coactiveTab: Tab = {
  label: 'Coactivo',
  fields: [
    {
      name: 'paymentOrder',
      label: 'Mandamiento de pago (R-COB-10)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', label: 'Número', type: 'text' },
            computed(legalDateField({ name: 'issuedOn', label: 'Librado el' })),
            computed(pesosField({ name: 'amount', label: 'Valor' })),
            stampedUserField('signedBy', 'Firmado por'),
          ],
        },
        {
          type: 'row',
          fields: [
            computed(legalDateField({ name: 'notifiedOn', label: 'Notificado el' })),
            computed(legalDateField({ name: 'responseDeadline', label: 'Pagar o excepcionar a más tardar' })),
          ],
        },
        actDocumentField('Mandamiento de pago firmado (PDF)', 'Se adjunta una vez librado; queda en el expediente.'),
      ],
    },
    {
      name: 'exceptions',
      label: 'Excepciones (R-COB-12)',
      type: 'array',
      labels: { singular: 'Excepción', plural: 'Excepciones' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'ground', label: 'Causal', type: 'select', required: true, options: [...EXCEPTION_GROUNDS] },
            legalDateField({ name: 'filedOn', label: 'Presentada el', required: true }),
            legalDateField({ name: 'decidedOn', label: 'Decidida el' }),
            { name: 'decision', label: 'Decisión', type: 'select', options: [...EXCEPTION_DECISIONS] },
          ],
        },
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'appealFiledOn', label: 'Reposición presentada el' }),
            legalDateField({ name: 'appealDecidedOn', label: 'Reposición decidida el' }),
          ],
        },
      ],
    },
    {
      name: 'measures',
      label: 'Medidas cautelares (R-COB-14)',
      type: 'array',
      labels: { singular: 'Medida', plural: 'Medidas' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', label: 'Tipo', type: 'select', required: true, options: [...MEASURE_KINDS] },
            { name: 'description', label: 'Bien', type: 'text', required: true },
            pesosField({ name: 'amount', label: 'Valor', required: true }),
          ],
        },
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'orderedOn', label: 'Decretada el', required: true }),
            legalDateField({ name: 'liftedOn', label: 'Levantada el' }),
          ],
        },
      ],
    },
    {
      name: 'auction',
      label: 'Remate (R-COB-16)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            pesosField({ name: 'appraisal', label: 'Avalúo' }),
            legalDateField({ name: 'announcedOn', label: 'Aviso publicado (domingo)' }),
            legalDateField({ name: 'auctionOn', label: 'Fecha del remate' }),
          ],
        },
        {
          type: 'row',
          fields: [
            computed(pesosField({ name: 'baseBid', label: 'Postura base (70 %)' })),
            computed(pesosField({ name: 'deposit', label: 'Consignación para hacer postura (40 %)' })),
            computed(legalDateField({ name: 'balanceDueBy', label: 'Saldo del rematante a más tardar' })),
            computed(legalDateField({ name: 'approvalDueBy', label: 'Aprobar el remate a más tardar' })),
          ],
        },
      ],
    },
    {
      name: 'closure',
      label: 'Suspensión y terminación (R-COB-15)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'suspensionReason', label: 'Causa de suspensión', type: 'select', options: [...SUSPENSION_REASONS] },
            { name: 'terminationCause', label: 'Causa de terminación', type: 'select', options: [...TERMINATION_CAUSES] },
          ],
        },
      ],
    },
  ],
}
