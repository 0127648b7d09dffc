import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isInternalStaff } from '../../access/isInternalStaff'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { SLUGS } from '@/constants/slugs'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'

export const Branches: CollectionConfig = {
  slug: SLUGS.branches,
  labels: { singular: 'Sucursal', plural: 'Sucursales' },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name', 'city'], group: 'Administración' },
  access: {
    read: isInternalStaff,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: { beforeOperation: [refuseUnreadableQueryPaths], afterChange: [recordChangeInAudit], afterDelete: [recordDeletionInAudit] },
  fields: [
    { name: 'code', label: 'Código', type: 'text', required: true, unique: true, maxLength: 10 },
    { name: 'name', label: 'Nombre', type: 'text', required: true },
    { name: 'city', label: 'Ciudad', type: 'text', required: true },
    { name: 'address', label: 'Dirección', type: 'text' },
    { name: 'phone', label: 'Teléfono', type: 'text' },
    { name: 'email', label: 'Correo', type: 'email' },
  ],
}
