import type { CollectionConfig } from 'payload'

import { brokersAndPortfolioStaff } from '../../access/brokersAndPortfolioStaff'
import { isAdmin } from '../../access/isAdmin'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { computed } from '@/fields/computedField'
import { BANK_ACCOUNT_TYPES, BANKS } from '@/rules/legalization/bankAccounts'
import { nameBankAccount } from './hooks/nameBankAccount'

/**
 * R-LEG-02: the insurer's collection accounts, kept by the administrator and chosen (not typed) in
 * the bank payment means of a legalization: the accounts of the legalization's branch first, then
 * the national ones (src/rules/legalization/bankAccounts.ts).
 */
export const BankAccounts: CollectionConfig = {
  slug: SLUGS.bankAccounts,
  labels: { singular: 'Cuenta bancaria', plural: 'Cuentas bancarias' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['bank', 'accountType', 'accountNumber', 'branches', 'active'],
    listSearchableFields: ['accountNumber'],
    group: 'Administración',
  },
  defaultSort: 'bank',
  access: {
    // Whoever legalizes payments reads the catalogue to choose the account.
    read: brokersAndPortfolioStaff,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  indexes: [{ fields: ['bank', 'accountNumber'], unique: true }],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeChange: [nameBankAccount],
    afterChange: [recordChangeInAudit],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'bank', label: 'Banco', type: 'select', required: true, index: true, options: [...BANKS] },
        { name: 'accountType', label: 'Tipo de cuenta', type: 'select', options: [...BANK_ACCOUNT_TYPES] },
        { name: 'accountNumber', label: 'Número de cuenta', type: 'text', required: true, index: true, maxLength: 40 },
      ],
    },
    {
      name: 'branches',
      label: 'Sucursales',
      type: 'relationship',
      relationTo: SLUGS.branches,
      hasMany: true,
      index: true,
      admin: { description: 'Sucursales a las que corresponde la cuenta; vacía = nacional (todas). Se ofrecen primero las de la sucursal.' },
    },
    {
      name: 'active',
      label: 'Recibe pagos',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { description: 'Una cuenta cerrada se desactiva (no se borra): los pagos antiguos la siguen nombrando.' },
    },
    computed({ name: 'label', label: 'Cuenta', type: 'text', admin: { hidden: true } }),
  ],
  timestamps: true,
}
