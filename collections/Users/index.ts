import type { CollectionConfig } from 'payload'

import { adminOrOwnUser } from '../../access/adminOrOwnUser'
import { canUseAdminPanel } from '../../access/canUseAdminPanel'
import { isAdmin } from '../../access/isAdmin'
import { isAdminField } from '../../access/isAdminField'
import { ownAccountOrUserManagerField } from '../../access/ownAccountOrUserManagerField'
import { staffOrSelf } from '../../access/staffOrSelf'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { ROLE_OPTIONS, ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import { branchField } from '@/fields/branchField'
import { emailMessagesField } from '@/fields/emailMessagesField'
import { checkPasswordChange } from './hooks/checkPasswordChange'
import { clearLoginFailures } from './hooks/clearLoginFailures'
import { endSessionsOfDeactivatedUser } from './hooks/endSessionsOfDeactivatedUser'
import { limitLoginAttempts } from './hooks/limitLoginAttempts'
import { limitPasswordResetRequests } from './hooks/limitPasswordResetRequests'
import { queuePasswordResetMail } from './hooks/queuePasswordResetMail'
import { recordLogin } from './hooks/recordLogin'
import { recordPasswordChange } from './hooks/recordPasswordChange'
import { recordPasswordReset } from './hooks/recordPasswordReset'
import { recordPasswordResetRequest } from './hooks/recordPasswordResetRequest'
import { refuseInactiveUser } from './hooks/refuseInactiveUser'
import { refusePrivilegeChange } from './hooks/refusePrivilegeChange'
import { sendPasswordResetThroughQueue } from './hooks/sendPasswordResetThroughQueue'
import { validateRoleRequirements } from './hooks/validateRoleRequirements'
import { refuseFirstRegister } from './refuseFirstRegister'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'

export const Users: CollectionConfig = {
  slug: SLUGS.users,
  labels: { singular: 'Usuario', plural: 'Usuarios' },
  admin: {
    // Relationships to users (a case's responsible and firm) show the person's name.
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'branch', 'claves'],
    group: 'Administración',
    listSearchableFields: ['name', 'email', 'nit'],
  },
  auth: {
    // Payload's lock after N failures would let anyone lock a victim out and tells which e-mails
    // exist ("locked"): off. Failures are rate-limited per IP, per IP and account, and (generously,
    // briefly) per account instead — limitLoginAttempts, docs/security.md.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      secure: process.env.NODE_ENV === 'production',
      sameSite: 'Lax',
    },
  },
  // Declared before Payload's own endpoints, which it replaces.
  endpoints: [refuseFirstRegister],
  access: {
    admin: canUseAdminPanel,
    read: staffOrSelf,
    create: isAdmin,
    update: adminOrOwnUser,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [
      refuseUnreadableQueryPaths,
      limitLoginAttempts,
      limitPasswordResetRequests,
      sendPasswordResetThroughQueue,
      refusePrivilegeChange,
      checkPasswordChange,
    ],
    beforeValidate: [validateRoleRequirements],
    beforeChange: [endSessionsOfDeactivatedUser],
    afterChange: [recordChangeInAudit, recordPasswordChange],
    afterDelete: [recordDeletionInAudit],
    beforeLogin: [refuseInactiveUser],
    afterLogin: [clearLoginFailures, recordLogin],
    afterForgotPassword: [recordPasswordResetRequest],
    afterOperation: [recordPasswordReset, queuePasswordResetMail],
  },
  fields: [
    { name: 'name', label: 'Nombre completo', type: 'text', required: true },
    // Payload's own e-mail field, merged with this: private to the user and the managers of users.
    { name: 'email', type: 'email', access: { read: ownAccountOrUserManagerField } },
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
    branchField({
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Obligatoria para el gerente y los profesionales de sucursal.' },
    }),
    {
      name: 'claves',
      label: 'Claves de intermediario',
      type: 'text',
      hasMany: true,
      saveToJWT: true,
      access: { read: ownAccountOrUserManagerField, create: isAdminField, update: isAdminField },
      admin: { description: 'Claves de agente con las que el intermediario radica y consulta.' },
    },
    {
      name: 'nit',
      label: 'NIT del prestador',
      type: 'text',
      index: true,
      saveToJWT: true,
      access: { read: ownAccountOrUserManagerField, create: isAdminField, update: isAdminField },
      admin: { description: 'Sin dígito de verificación.' },
    },
    {
      name: 'firmName',
      label: 'Firma externa',
      type: 'text',
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Razón social de la firma de cobranza, para usuarios de firmas externas.' },
    },
    { name: 'phone', label: 'Teléfono', type: 'text', access: { read: ownAccountOrUserManagerField } },
    {
      name: 'active',
      label: 'Activo',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      access: { read: ownAccountOrUserManagerField, create: isAdminField, update: isAdminField },
      admin: { description: 'Un usuario inactivo no puede iniciar sesión; sus sesiones abiertas se cierran.' },
    },
    {
      // SEC-PWD: whoever changes its own password types the current one here (admin, REST, GraphQL).
      name: 'currentPassword',
      label: 'Contraseña actual',
      type: 'text',
      virtual: true,
      access: { read: () => false },
      admin: {
        components: { Field: '@payloadcms/ui#PasswordField' },
        description: 'Solo para cambiar su propia contraseña: escriba la actual.',
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id !== undefined && String(user.id) === String(data.id)),
      },
    },
    emailMessagesField(),
  ],
}
