import type { CollectionConfig } from 'payload'

import { agreementWorkersInScope } from '../../access/agreementWorkersInScope'
import { nobody } from '../../access/nobody'
import { rowsInUserScope } from '../../access/rowsInUserScope'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { computed } from '@/fields/computedField'
import { legalDateField } from '@/fields/legalDateField'
import { pesosField } from '@/fields/pesosField'
import { AGREEMENT_STATUS_OPTIONS, PERIODICITY_OPTIONS } from '@/rules/agreements/statuses'
import { requestAgreementExtension } from './endpoints/requestAgreementExtension'
import { agreementSummary } from './endpoints/agreementSummary'
import { recordAgreementPayment } from './endpoints/recordAgreementPayment'
import { checkAgreementRequest } from './hooks/checkAgreementRequest'
import { checkAgreementStatusChange } from './hooks/checkAgreementStatusChange'
import { checkAgreementTerm } from './hooks/checkAgreementTerm'
import { checkApprovalCompetence } from './hooks/checkApprovalCompetence'
import { checkDebtorsNotOnBdme } from './hooks/checkDebtorsNotOnBdme'
import { checkDownPayment } from './hooks/checkDownPayment'
import { checkGuaranteeCoverage } from './hooks/checkGuaranteeCoverage'
import { checkGuaranteeRequired } from './hooks/checkGuaranteeRequired'
import { checkGuaranteesPerfected } from './hooks/checkGuaranteesPerfected'
import { checkMeasuresToLift } from './hooks/checkMeasuresToLift'
import { checkInstalmentSchedule } from './hooks/checkInstalmentSchedule'
import { checkOneAgreementPerDebt } from './hooks/checkOneAgreementPerDebt'
import { deriveAnalysisTerms } from './hooks/deriveAnalysisTerms'
import { draftAgreementActOnApproval } from './hooks/draftAgreementActOnApproval'
import { fillAgreementFromCase } from './hooks/fillAgreementFromCase'
import { liftMeasuresOnApproval } from './hooks/liftMeasuresOnApproval'
import { linkGuaranteesOnApproval } from './hooks/linkGuaranteesOnApproval'
import { loadAgreementFactsForSave } from './hooks/loadAgreementFactsForSave'
import { recordAgreementEvents } from './hooks/recordAgreementEvents'
import { scheduleInstalmentsOnApproval } from './hooks/scheduleInstalmentsOnApproval'
import { stampApproval } from './hooks/stampApproval'
import { suspendCaseOnApproval } from './hooks/suspendCaseOnApproval'
import { documentHeading } from '@/fields/documentHeading'

/** Payment agreements (001 §8): the written request, its analysis, the approval with its guarantees and measures, the extension and what follows (R-AGR-01…14, R-GAR-01…03). */
export const Agreements: CollectionConfig = {
  slug: SLUGS.agreements,
  labels: { singular: 'Acuerdo de pago', plural: 'Acuerdos de pago' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'total', 'termMonths', 'analysisDueOn', 'branch', 'assignedFirm'],
    group: 'Cobro',
  },
  defaultSort: '-createdAt',
  access: {
    read: rowsInUserScope({ branch: 'branch', firm: 'assignedFirm' }),
    create: agreementWorkersInScope,
    update: agreementWorkersInScope,
    // R-COB-17: the case file is kept; an agreement ends (rejected, withdrawn, void, fulfilled), never deleted.
    delete: nobody,
  },
  endpoints: [
    { path: '/:id/payments', method: 'post', handler: recordAgreementPayment },
    { path: '/:id/extension', method: 'post', handler: requestAgreementExtension },
    { path: '/:id/summary', method: 'get', handler: agreementSummary },
  ],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeChange: [
      loadAgreementFactsForSave,
      fillAgreementFromCase,
      checkAgreementStatusChange,
      checkAgreementRequest,
      checkApprovalCompetence,
      checkDebtorsNotOnBdme,
      checkDownPayment,
      checkOneAgreementPerDebt,
      checkAgreementTerm,
      checkInstalmentSchedule,
      checkGuaranteeRequired,
      checkGuaranteesPerfected,
      checkGuaranteeCoverage,
      checkMeasuresToLift,
      deriveAnalysisTerms,
      stampApproval,
    ],
    afterChange: [
      recordChangeInAudit,
      recordAgreementEvents,
      scheduleInstalmentsOnApproval,
      linkGuaranteesOnApproval,
      liftMeasuresOnApproval,
      suspendCaseOnApproval,
      draftAgreementActOnApproval,
    ],
  },
  fields: [
    documentHeading('Acuerdo de pago nuevo'),
    computed({ name: 'title', label: 'Acuerdo', type: 'text', index: true }),
    {
      type: 'row',
      fields: [
        { name: 'case', label: 'Expediente', type: 'relationship', relationTo: SLUGS.cases, required: true, index: true },
        computed({ name: 'debtor', label: 'Deudor', type: 'relationship', relationTo: SLUGS.parties, index: true }),
        {
          name: 'status',
          label: 'Estado',
          type: 'select',
          required: true,
          defaultValue: 'SOLICITADO',
          index: true,
          options: AGREEMENT_STATUS_OPTIONS,
        },
      ],
    },
    {
      // The page's panel: schedule as of today, balance, interest owed, guarantees (GET /api/agreements/:id/summary).
      name: 'summaryPanel',
      label: 'Estado del acuerdo',
      type: 'ui',
      admin: { components: { Field: '/src/components/agreements/AgreementSummaryField#AgreementSummaryField' } },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Solicitud',
          description: 'La solicitud escrita del deudor o de un tercero (R-AGR-01).',
          fields: [
            {
              type: 'row',
              fields: [
                legalDateField({ name: 'requestedOn', label: 'Fecha de la solicitud', required: true }),
                { name: 'city', label: 'Ciudad', type: 'text' },
                {
                  name: 'requesterKind',
                  label: 'Calidad en que actúa',
                  type: 'select',
                  defaultValue: 'DEUDOR',
                  options: [
                    { label: 'Deudor', value: 'DEUDOR' },
                    { label: 'Tercero a nombre del deudor', value: 'TERCERO' },
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'requesterName', label: 'Nombre del solicitante', type: 'text' },
                { name: 'requesterIdNumber', label: 'Cédula del solicitante', type: 'text' },
                { name: 'address', label: 'Dirección', type: 'text' },
                { name: 'phone', label: 'Teléfono', type: 'text' },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'thirdParty', label: 'Tercero solicitante (deudor solidario)', type: 'relationship', relationTo: SLUGS.parties },
                {
                  name: 'thirdPartyJointlyLiable',
                  label: 'El tercero se obliga solidariamente al pago total de la deuda',
                  type: 'checkbox',
                  defaultValue: false,
                },
              ],
            },
            { name: 'reasons', label: 'Motivos que justifican la solicitud', type: 'textarea' },
            {
              name: 'obligations',
              label: 'Obligaciones que cubre',
              type: 'array',
              labels: { singular: 'Obligación', plural: 'Obligaciones' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'period', label: 'Periodo (AAAA-MM)', type: 'text', required: true, validate: (v: unknown) => (typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v)) || 'Use el formato AAAA-MM.' },
                    { name: 'concept', label: 'Concepto', type: 'text', required: true },
                    pesosField({ name: 'capital', label: 'Capital', required: true }),
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Cuantía y plazo',
          fields: [
            {
              type: 'row',
              fields: [
                computed(pesosField({ name: 'capital', label: 'Capital' })),
                pesosField({ name: 'interest', label: 'Intereses liquidados', defaultValue: 0 }),
                pesosField({ name: 'costs', label: 'Costas y gastos', defaultValue: 0 }),
                computed(pesosField({ name: 'total', label: 'Deuda total' })),
              ],
            },
            {
              type: 'row',
              fields: [
                pesosField({ name: 'downPayment', label: 'Abono inicial propuesto (≥ 10 %)', required: true }),
                { name: 'termMonths', label: 'Plazo (meses)', type: 'number', required: true, min: 1 },
                { name: 'periodicity', label: 'Periodicidad de las cuotas', type: 'select', required: true, defaultValue: 'MENSUAL', options: PERIODICITY_OPTIONS },
                {
                  name: 'guaranteeClass',
                  label: 'Garantía ofrecida',
                  type: 'select',
                  defaultValue: 'NINGUNA',
                  options: [
                    { label: 'Real', value: 'REAL' },
                    { label: 'Otra', value: 'OTRA' },
                    { label: 'Ninguna', value: 'NINGUNA' },
                  ],
                },
              ],
            },
            computed(pesosField({ name: 'outstanding', label: 'Saldo por pagar' })),
          ],
        },
        {
          label: 'Análisis',
          description: 'Términos para analizar, pedir requisitos, perfeccionar garantías o comunicar el rechazo (R-AGR-06).',
          fields: [
            {
              type: 'row',
              fields: [
                computed(legalDateField({ name: 'analysisDueOn', label: 'Analizar a más tardar', index: true })),
                computed(legalDateField({ name: 'requirementsAskedOn', label: 'Requisitos pedidos el' })),
                { name: 'requirementsDays', label: 'Días calendario para allegarlos (≤ 10)', type: 'number', min: 1, max: 10 },
                computed(legalDateField({ name: 'requirementsDueOn', label: 'Allegar requisitos a más tardar', index: true })),
              ],
            },
            {
              type: 'row',
              fields: [
                computed(legalDateField({ name: 'perfectionDueOn', label: 'Perfeccionar garantías a más tardar', index: true })),
                computed(legalDateField({ name: 'rejectionDueOn', label: 'Comunicar rechazo a más tardar' })),
              ],
            },
            { name: 'rejectionReasons', label: 'Razones del rechazo', type: 'textarea' },
          ],
        },
        {
          label: 'Incumplimiento',
          description: 'Requerimiento por incumplimiento y declaratoria sin vigencia (R-AGR-11, R-AGR-12).',
          fields: [
            {
              type: 'row',
              fields: [
                computed(legalDateField({ name: 'demandOn', label: 'Requerido por incumplimiento el' })),
                computed(legalDateField({ name: 'demandDueOn', label: 'Acreditar el pago a más tardar (15 días hábiles)', index: true })),
                computed(legalDateField({ name: 'voidOn', label: 'Declarado sin vigencia el' })),
              ],
            },
            {
              type: 'row',
              fields: [
                computed({ name: 'agreementAct', label: 'Acto del acuerdo de pago', type: 'relationship', relationTo: SLUGS.documents }),
                computed({ name: 'demandAct', label: 'Requerimiento', type: 'relationship', relationTo: SLUGS.documents }),
                computed({ name: 'voidResolutionAct', label: 'Resolución sin vigencia', type: 'relationship', relationTo: SLUGS.documents, index: true }),
              ],
            },
          ],
        },
        {
          label: 'Medidas y plazo',
          description: 'Medidas cautelares que se levantan al conceder el acuerdo (R-AGR-14) y ampliación del plazo (R-AGR-10).',
          fields: [
            {
              name: 'measuresToLift',
              label: 'Medidas cautelares a levantar al conceder el acuerdo',
              type: 'text',
              hasMany: true,
              // Stores the case's measure row ids; the page offers them by kind and good (R-AGR-14, checkMeasuresToLift).
              admin: {
                components: { Field: '/src/components/agreements/MeasuresToLiftField#MeasuresToLiftField' },
                description:
                  'Elija entre las medidas del expediente. Al aprobar se levantan (fecha de levantamiento = la de aprobación); las que recaen sobre los bienes dados en garantía no se pueden levantar.',
              },
            },
            computed({ name: 'extensionsGranted', label: 'Ampliaciones concedidas', type: 'number', defaultValue: 0 }),
            computed({
              name: 'extension',
              label: 'Ampliación del plazo',
              type: 'group',
              admin: { description: 'Se concede una sola vez, por circunstancias excepcionales (R-AGR-10).' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    legalDateField({ name: 'requestedOn', label: 'Pedida el' }),
                    { name: 'termMonths', label: 'Nuevo plazo (meses)', type: 'number' },
                    { name: 'fromInstalment', label: 'Desde la cuota', type: 'number' },
                  ],
                },
                { name: 'reason', label: 'Circunstancias excepcionales', type: 'textarea' },
                {
                  type: 'row',
                  fields: [
                    { name: 'grantedBy', label: 'Concedida por', type: 'relationship', relationTo: SLUGS.users },
                    legalDateField({ name: 'grantedOn', label: 'Concedida el' }),
                  ],
                },
              ],
            }),
          ],
        },
      ],
    },
    {
      name: 'branch',
      label: 'Sucursal',
      type: 'relationship',
      relationTo: SLUGS.branches,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'La del expediente.' },
    },
    {
      name: 'assignedFirm',
      label: 'Firma externa',
      type: 'relationship',
      relationTo: SLUGS.users,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'La del expediente.' },
    },
    computed({ name: 'approvedBy', label: 'Aprobado por', type: 'relationship', relationTo: SLUGS.users, admin: { position: 'sidebar' } }),
    computed(legalDateField({ name: 'approvedOn', label: 'Aprobado el', admin: { position: 'sidebar' } })),
  ],
  timestamps: true,
}
