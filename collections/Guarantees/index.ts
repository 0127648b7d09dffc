import type { CollectionConfig } from 'payload'

import { caseWorkersInScope } from '../../access/caseWorkersInScope'
import { nobody } from '../../access/nobody'
import { rowsInUserScope } from '../../access/rowsInUserScope'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { legalDateField } from '@/fields/legalDateField'
import { serverManaged } from '@/fields/serverManagedField'
import { pesosField } from '@/fields/pesosField'
import { GOODS_TYPE_OPTIONS } from '@/rules/guarantees/appraisal'
import { GUARANTEE_KIND_OPTIONS } from '@/rules/guarantees/kinds'
import { GUARANTEE_STATUSES } from '@/rules/guarantees/statuses'
import { copyScopeFromGuaranteedCase } from './hooks/copyScopeFromGuaranteedCase'
import { enforceGuaranteeRules } from './hooks/enforceGuaranteeRules'
import { markReplacedGuarantee } from './hooks/markReplacedGuarantee'
import { documentHeading } from '@/fields/documentHeading'

/**
 * Guarantees of a case's debt (R-GAR-01…08, manual §8.25–8.34): what is offered, by whom, what it
 * is worth and why, its perfection, and its replacement. They hang on a case, whose scope they
 * copy, and optionally on the agreement they back (same case; set on approval for those left empty).
 */
export const Guarantees: CollectionConfig = {
  slug: SLUGS.guarantees,
  labels: { singular: 'Garantía', plural: 'Garantías' },
  admin: {
    group: 'Cobro',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'value', 'owner', 'perfectedOn'],
  },
  access: {
    read: rowsInUserScope({ branch: 'branch', firm: 'assignedFirm' }),
    create: caseWorkersInScope,
    update: caseWorkersInScope,
    // Replaced, enforced or released, a guarantee stays in the case file.
    delete: nobody,
  },
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeValidate: [copyScopeFromGuaranteedCase],
    beforeChange: enforceGuaranteeRules,
    afterChange: [recordChangeInAudit, markReplacedGuarantee],
  },
  fields: [
    documentHeading('Garantía nueva'),
    serverManaged({ name: 'title', label: 'Garantía', type: 'text' }),
    {
      type: 'row',
      fields: [
        { name: 'case', label: 'Expediente', type: 'relationship', relationTo: SLUGS.cases, required: true, index: true },
        { name: 'owner', label: 'Propietario u otorgante', type: 'relationship', relationTo: SLUGS.parties, required: true, index: true },
        {
          name: 'agreement',
          label: 'Acuerdo de pago que respalda',
          type: 'relationship',
          relationTo: SLUGS.agreements,
          index: true,
          admin: { description: 'Del mismo expediente. Vacío: respalda el acuerdo que se conceda en el expediente (se enlaza al aprobarlo).' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', label: 'Clase (R-GAR-04/05)', type: 'select', required: true, index: true, options: GUARANTEE_KIND_OPTIONS },
        { name: 'status', label: 'Estado', type: 'select', required: true, defaultValue: 'PROPUESTA', index: true, options: [...GUARANTEE_STATUSES] },
        pesosField({
          name: 'value',
          label: 'Valor de la garantía',
          admin: { description: 'Sobre bienes: el del avalúo vigente (se calcula). Otras: el monto asegurado o garantizado.' },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'goodsType', label: 'Tipo de bien', type: 'select', options: GOODS_TYPE_OPTIONS },
        { name: 'mortgageDegree', label: 'Grado de la hipoteca', type: 'number', min: 1, admin: { condition: (data) => data?.kind === 'HIPOTECA' } },
        { name: 'guarantorOwnHome', label: 'Es la vivienda del garante', type: 'checkbox', defaultValue: false },
      ],
    },
    { name: 'goodsDescription', label: 'Descripción de los bienes o de la garantía', type: 'textarea', required: true },
    {
      name: 'appraisal',
      label: 'Avalúo (R-GAR-06)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'appraiserName', label: 'Avaluador', type: 'text' },
            { name: 'appraiserId', label: 'Identificación del avaluador', type: 'text' },
            { name: 'appraiserIsStaff', label: 'Es funcionario de la Compañía', type: 'checkbox', defaultValue: false },
          ],
        },
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'date', label: 'Fecha del avalúo' }),
            pesosField({ name: 'value', label: 'Valor del avalúo' }),
            pesosField({ name: 'magazineValue', label: 'Valor en revista especializada (vehículos)' }),
            pesosField({ name: 'cadastralValue', label: 'Avalúo catastral (inmuebles)' }),
          ],
        },
      ],
    },
    {
      name: 'inspection',
      label: 'Inspección de los bienes (manual §8.29)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'inspectedOn', label: 'Inspeccionados el' }),
            { name: 'location', label: 'Ubicación y existencia', type: 'text' },
            { name: 'condition', label: 'Estado', type: 'text' },
            { name: 'sufficient', label: 'Respaldo suficiente y eficaz', type: 'checkbox', defaultValue: false },
          ],
        },
      ],
    },
    {
      name: 'encumbrance',
      label: 'Bienes afectados (R-GAR-07)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'goodsAlreadyEmbargoed', label: 'Son los bienes ya embargados por la Compañía', type: 'checkbox', defaultValue: false },
            { name: 'underOtherLien', label: 'Gravados con prenda o hipoteca de otro acreedor', type: 'checkbox', defaultValue: false },
            { name: 'lienCreditor', label: 'Acreedor', type: 'text' },
            legalDateField({ name: 'creditorInformedOn', label: 'Acreedor informado el' }),
          ],
        },
        {
          name: 'embargoedMeasure',
          label: 'Medida cautelar que recae sobre estos bienes (R-AGR-14)',
          type: 'text',
          admin: {
            description: 'Identificador de la medida del expediente; esa medida no se levanta al conceder el acuerdo.',
            condition: (_, sibling) => Boolean(sibling?.goodsAlreadyEmbargoed),
          },
        },
      ],
    },
    legalDateField({ name: 'perfectedOn', label: 'Perfeccionada el (R-GAR-03)' }),
    {
      name: 'substitution',
      label: 'Sustitución (R-GAR-08)',
      type: 'group',
      admin: { description: 'Solo el Gerente de Recaudo y Cartera (coordinador), al crear la garantía que reemplaza a otra de igual o menor valor.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'previous', label: 'Reemplaza a', type: 'relationship', relationTo: SLUGS.guarantees },
            { name: 'reason', label: 'Circunstancia excepcional', type: 'textarea' },
          ],
        },
        {
          type: 'row',
          fields: [
            serverManaged({ name: 'by', label: 'Autorizada por', type: 'relationship', relationTo: SLUGS.users }),
            serverManaged(legalDateField({ name: 'on', label: 'Autorizada el' })),
          ],
        },
      ],
    },
    // Copied from the case (copyScopeFromGuaranteedCase) so read access is a plain, indexed Where.
    serverManaged({ name: 'branch', label: 'Sucursal', type: 'relationship', relationTo: SLUGS.branches, index: true, admin: { position: 'sidebar' } }),
    serverManaged({ name: 'assignedFirm', label: 'Firma externa', type: 'relationship', relationTo: SLUGS.users, index: true, admin: { position: 'sidebar' } }),
  ],
}
