import type { CollectionConfig, Field } from 'payload'

import { assignsWorkField } from '../../access/assignsWorkField'
import { caseWorkersInScope } from '../../access/caseWorkersInScope'
import { nobody } from '../../access/nobody'
import { rowsInUserScope } from '../../access/rowsInUserScope'
import { staffInOwnBranch } from '../../access/staffInOwnBranch'
import { checkWorkAssignees } from '../../hooks/checkWorkAssignees'
import { keepBranchStaffInTheirBranch } from '../../hooks/keepBranchStaffInTheirBranch'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { stampDocumentScope } from '../../hooks/stampDocumentScope'
import { refuseWorkAssignmentByOthers } from '../../hooks/refuseWorkAssignmentByOthers'
import { SLUGS } from '../../src/constants/slugs'
import { legalDateField } from '../../src/fields/legalDateField'
import { pesosField } from '../../src/fields/pesosField'
import { CHECKLIST_LABELS } from '../../src/rules/cases/coactiveChecklist'
import { EXCEPTION_GROUNDS } from '../../src/rules/cases/paymentOrderTerms'
import { PERSUASIVE_CHANNELS } from '../../src/rules/cases/persuasiveNotices'
import { STAGE_OPTIONS, SUB_STATE_OPTIONS } from '../../src/rules/cases/stages'
import { generateAct } from './endpoints/generateAct'
import { generateActField } from './fields/generateActField'
import { worklist } from './endpoints/worklist'
import { checkActDocuments } from './hooks/checkActDocuments'
import { computeCaseFigures } from './hooks/computeCaseFigures'
import { endCaseOnUpheldExceptions } from './hooks/endCaseOnUpheldExceptions'
import { enforceCaseRules } from './hooks/enforceCaseRules'
import { fillCaseFromDebtor } from './hooks/fillCaseFromDebtor'
import { recordCaseEvents } from './hooks/recordCaseEvents'
import { stampCaseAuthors } from './hooks/stampCaseAuthors'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'

/** Computed by hooks from the facts; shown, never typed. */
const computed = (field: Field): Field =>
  ({ ...field, admin: { ...(field as { admin?: object }).admin, readOnly: true } }) as Field

const checklistField = (name: keyof typeof CHECKLIST_LABELS): Field => ({
  name,
  label: CHECKLIST_LABELS[name],
  type: 'checkbox',
  defaultValue: false,
})

/** R-COB-08 / R-COB-17: the signed act's PDF, kept in the case file (checked by `checkActDocuments`). */
const actDocumentField = (label: string, description: string): Field => ({
  name: 'document',
  label,
  type: 'upload',
  relationTo: SLUGS.documents,
  admin: { description },
})

/** Collection cases (expedientes), R-COB-01…17. */
export const Cases: CollectionConfig = {
  slug: SLUGS.cases,
  labels: { singular: 'Expediente', plural: 'Expedientes' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'stage', 'subState', 'nextDeadline', 'nextDeadlineLabel', 'deadlineFlag', 'branch', 'assignedFirm'],
    listSearchableFields: ['title', 'debtorName'],
    group: 'Cobro',
    description: 'Ordenados por el vencimiento legal más próximo: los vencidos primero.',
  },
  // The collector's worklist order: nearest legal deadline first (overdue ones are the earliest).
  defaultSort: 'nextDeadline',
  access: {
    read: rowsInUserScope({ branch: 'branch', firm: 'assignedFirm' }),
    create: staffInOwnBranch(),
    update: caseWorkersInScope,
    // R-COB-17: the case file is kept; a case is terminated, never deleted.
    delete: nobody,
  },
  endpoints: [worklist, generateAct],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths, refuseWorkAssignmentByOthers],
    beforeValidate: [keepBranchStaffInTheirBranch, fillCaseFromDebtor],
    beforeChange: [endCaseOnUpheldExceptions, stampCaseAuthors, checkActDocuments, ...computeCaseFigures, ...enforceCaseRules, checkWorkAssignees],
    afterChange: [recordChangeInAudit, recordCaseEvents, stampDocumentScope],
  },
  fields: [
    computed({ name: 'title', label: 'Expediente', type: 'text', index: true }),
    {
      type: 'row',
      fields: [
        { name: 'debtor', label: 'Deudor (aportante)', type: 'relationship', relationTo: SLUGS.parties, required: true, index: true },
        computed({ name: 'debtorName', label: 'Nombre del deudor', type: 'text', index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'stage',
          label: 'Etapa',
          type: 'select',
          required: true,
          defaultValue: 'PERSUASIVO',
          index: true,
          options: STAGE_OPTIONS,
        },
        {
          name: 'subState',
          label: 'Estado',
          type: 'select',
          required: true,
          defaultValue: 'GESTION_PERSUASIVA',
          index: true,
          options: SUB_STATE_OPTIONS,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        computed(legalDateField({ name: 'nextDeadline', label: 'Próximo vencimiento', index: true })),
        computed({ name: 'nextDeadlineLabel', label: 'Término', type: 'text' }),
        computed({
          name: 'deadlineFlag',
          label: 'Alerta',
          type: 'select',
          index: true,
          options: [
            { label: 'Vencido', value: 'VENCIDO' },
            { label: 'Por vencer', value: 'POR_VENCER' },
            { label: 'En término', value: 'EN_TERMINO' },
          ],
        }),
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Deuda',
          fields: [
            {
              name: 'debtLines',
              label: 'Obligaciones',
              type: 'array',
              minRows: 1,
              labels: { singular: 'Obligación', plural: 'Obligaciones' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'period', label: 'Periodo (AAAA-MM)', type: 'text', required: true, validate: (v: unknown) => (typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v)) || 'Use el formato AAAA-MM.' },
                    {
                      name: 'concept',
                      label: 'Concepto',
                      type: 'select',
                      required: true,
                      options: [
                        { label: 'Aportes en mora', value: 'APORTES_EN_MORA' },
                        { label: 'Aportes con inexactitud', value: 'INEXACTITUD' },
                        { label: 'Recobro de prestaciones', value: 'RECOBRO' },
                      ],
                    },
                    { name: 'contributors', label: 'Cotizantes', type: 'number', min: 0 },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    pesosField({ name: 'capital', label: 'Capital', required: true }),
                    legalDateField({ name: 'dueDate', label: 'Fecha límite de pago', required: true }),
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                computed(pesosField({ name: 'capitalTotal', label: 'Capital total' })),
                computed(legalDateField({ name: 'oldestDueDate', label: 'Vencimiento más antiguo', index: true })),
                computed({ name: 'isRecovery', label: 'Incluye recobros', type: 'checkbox' }),
              ],
            },
          ],
        },
        {
          label: 'Persuasivo',
          fields: [
            {
              name: 'defaultNotice',
              label: 'Constitución en mora y aviso de incumplimiento (R-COB-02)',
              type: 'group',
              fields: [
                {
                  type: 'row',
                  fields: [
                    legalDateField({ name: 'arisenOn', label: 'Mora surgida el' }),
                    legalDateField({ name: 'identifiedOn', label: 'Identificada el' }),
                    legalDateField({ name: 'sentOn', label: 'Enviada el' }),
                    computed(legalDateField({ name: 'deadline', label: 'Enviar a más tardar' })),
                  ],
                },
              ],
            },
            {
              name: 'persuasiveActions',
              label: 'Gestiones persuasivas (R-COB-02)',
              type: 'array',
              labels: { singular: 'Gestión', plural: 'Gestiones' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'channel', label: 'Canal', type: 'select', required: true, options: [...PERSUASIVE_CHANNELS] },
                    legalDateField({ name: 'date', label: 'Fecha', required: true }),
                    computed({ name: 'author', label: 'Autor', type: 'relationship', relationTo: SLUGS.users }),
                  ],
                },
                { name: 'outcome', label: 'Resultado', type: 'textarea', required: true },
              ],
            },
          ],
        },
        {
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
                    computed({ name: 'draftedBy', label: 'Proyectada por', type: 'relationship', relationTo: SLUGS.users }),
                    computed({ name: 'signedBy', label: 'Firmada por', type: 'relationship', relationTo: SLUGS.users }),
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
        },
        {
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
                    computed({ name: 'signedBy', label: 'Firmado por', type: 'relationship', relationTo: SLUGS.users }),
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
                    {
                      name: 'decision',
                      label: 'Decisión',
                      type: 'select',
                      options: [
                        { label: 'Probada (a favor del deudor)', value: 'PROBADA' },
                        { label: 'No probada', value: 'NO_PROBADA' },
                      ],
                    },
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
                    {
                      name: 'kind',
                      label: 'Tipo',
                      type: 'select',
                      required: true,
                      options: [
                        { label: 'Embargo', value: 'EMBARGO' },
                        { label: 'Secuestro', value: 'SECUESTRO' },
                      ],
                    },
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
                    {
                      name: 'suspensionReason',
                      label: 'Causa de suspensión',
                      type: 'select',
                      options: [
                        { label: 'Acuerdo de pago firmado', value: 'ACUERDO_DE_PAGO' },
                        { label: 'Orden judicial', value: 'ORDEN_JUDICIAL' },
                      ],
                    },
                    {
                      name: 'terminationCause',
                      label: 'Causa de terminación',
                      type: 'select',
                      options: [
                        { label: 'Pago total', value: 'PAGO_TOTAL' },
                        { label: 'Prescripción', value: 'PRESCRIPCION' },
                        { label: 'Recursos o excepciones a favor del deudor', value: 'DECISION_FAVORABLE' },
                        { label: 'Nulidad del título', value: 'NULIDAD_TITULO' },
                        { label: 'Remisión a insolvencia concluida', value: 'INSOLVENCIA' },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'branch',
      label: 'Sucursal',
      type: 'relationship',
      relationTo: SLUGS.branches,
      required: true,
      index: true,
      // R-ROL-01: who works the case is decided by who assigns work (refuseWorkAssignmentByOthers).
      access: { create: assignsWorkField, update: assignsWorkField },
      admin: { position: 'sidebar', description: 'Por defecto, la del deudor.' },
    },
    {
      name: 'assignedFirm',
      label: 'Firma externa asignada',
      type: 'relationship',
      relationTo: SLUGS.users,
      index: true,
      access: { create: assignsWorkField, update: assignsWorkField },
      // No filterOptions: branch staff cannot read users, and Payload validates the filter as them.
      admin: { position: 'sidebar', description: 'Por defecto, la asignada al deudor.' },
    },
    {
      name: 'responsible',
      label: 'Responsable',
      type: 'relationship',
      relationTo: SLUGS.users,
      index: true,
      access: { create: assignsWorkField, update: assignsWorkField },
      admin: { position: 'sidebar', description: 'Recibe el resumen diario de vencimientos.' },
    },
    computed({
      name: 'pausedAt',
      label: 'Detenido en',
      type: 'group',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'stage', label: 'Etapa', type: 'select', options: STAGE_OPTIONS },
        { name: 'subState', label: 'Estado', type: 'select', options: SUB_STATE_OPTIONS },
      ],
    }),
    generateActField,
  ],
}
