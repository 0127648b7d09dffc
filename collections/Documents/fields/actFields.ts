import type { Field } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { ACT_KIND_OPTIONS } from '@/rules/acts/actKinds'
import { ACT_STATUSES } from '@/rules/acts/signedAct'
import { dateTimeField } from '@/fields/dateTimeField'

/** Written only by the acts endpoints (overrideAccess): never by a client, not even an administrator. */
const serverOnly = { create: () => false, update: () => false }

const isAct = (data: Partial<{ actKind: unknown }>) => Boolean(data?.actKind)

const sidebar = { position: 'sidebar' as const, readOnly: true, condition: isAct }

/**
 * Issue 11: a document generated from a case is a legal act, a draft until the competent role
 * signs it (R-ROL-03/05); the signed version is frozen (hooks/refuseChangeOfSignedAct.ts).
 */
export const actFields: Field[] = [
  { name: 'actKind', label: 'Acto generado', type: 'select', index: true, options: ACT_KIND_OPTIONS, access: serverOnly, admin: sidebar },
  {
    name: 'actStatus',
    label: 'Estado del acto',
    type: 'select',
    index: true,
    options: [
      { label: 'Borrador', value: ACT_STATUSES.draft },
      { label: 'Firmado', value: ACT_STATUSES.signed },
    ],
    access: serverOnly,
    admin: sidebar,
  },
  { name: 'case', label: 'Expediente', type: 'relationship', relationTo: SLUGS.cases, index: true, access: serverOnly, admin: sidebar },
  { name: 'signedBy', label: 'Firmado por', type: 'relationship', relationTo: SLUGS.users, access: serverOnly, admin: sidebar },
  dateTimeField({ name: 'signedAt', label: 'Firmado el', access: serverOnly, admin: { ...sidebar } }),
  {
    name: 'signAct',
    type: 'ui',
    admin: { position: 'sidebar', condition: isAct, components: { Field: '/src/components/acts/SignActButton#SignActButton' } },
  },
]
