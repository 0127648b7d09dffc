import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import { canUseAdminPanel } from '../../access/canUseAdminPanel'
import { isAdmin } from '../../access/isAdmin'
import { isAdminField } from '../../access/isAdminField'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { ROLE_OPTIONS, ROLES } from '../../src/auth/roles'
import { SLUGS } from '../../src/constants/slugs'
import { refusePrivilegeChange } from './hooks/refusePrivilegeChange'
import { validateRoleRequirements } from './hooks/validateRoleRequirements'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'

export const Users: CollectionConfig = {
  slug: SLUGS.users,
  labels: { singular: 'Usuario', plural: 'Usuarios' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'branch', 'claves'],
    group: 'Administración',
    listSearchableFields: ['name', 'email', 'nit'],
  },
  auth: {
    // R-ROL-02 portals sign in over the API; repeated failures lock the account for 10 minutes.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    admin: canUseAdminPanel,
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths, refusePrivilegeChange],
    beforeValidate: [validateRoleRequirements],
    afterChange: [recordChangeInAudit],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    { name: 'name', label: 'Nombre completo', type: 'text', required: true },
    {
      name: 'role',
      label: 'Rol',
      type: 'select',
      required: true,
      defaultValue: ROLES.branchProfessional,
      options: ROLE_OPTIONS,
      index: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'branch',
      label: 'Sucursal',
      type: 'relationship',
      relationTo: SLUGS.branches,
      index: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Obligatoria para el gerente y los profesionales de sucursal.' },
    },
    {
      name: 'claves',
      label: 'Claves de intermediario',
      type: 'text',
      hasMany: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Claves de agente con las que el intermediario radica y consulta.' },
    },
    {
      name: 'nit',
      label: 'NIT del prestador',
      type: 'text',
      index: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Sin dígito de verificación.' },
    },
    {
      name: 'firmName',
      label: 'Firma externa',
      type: 'text',
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Razón social de la firma de cobranza, para usuarios de firmas externas.' },
    },
    { name: 'phone', label: 'Teléfono', type: 'text' },
  ],
}
