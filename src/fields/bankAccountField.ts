import type { RelationshipField } from 'payload'

import { SLUGS } from '@/constants/slugs'

/** R-LEG-02: the insurer's account a payment went into, chosen from the bank-accounts catalogue. */
export const bankAccountField = (): RelationshipField => ({
  name: 'account',
  label: 'Cuenta bancaria',
  type: 'relationship',
  relationTo: SLUGS.bankAccounts,
  index: true,
  admin: { description: 'R-LEG-02: cuenta del catálogo (primero las de la sucursal, luego las nacionales).' },
})
