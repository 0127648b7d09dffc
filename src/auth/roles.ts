/** Roles of R-ROL-01 (internal staff) and R-ROL-02 (external portals). Values are part of the API. */
export const ROLES = {
  admin: 'admin',
  collectionsManager: 'gerente_recaudo',
  branchManager: 'gerente_sucursal',
  branchProfessional: 'profesional_sucursal',
  externalFirm: 'firma_externa',
  executorOfficer: 'funcionario_ejecutor',
  legalManager: 'gerente_juridico',
  editor: 'editor',
  broker: 'intermediario',
  provider: 'prestador',
} as const

export type Role = (typeof ROLES)[keyof typeof ROLES]

export const ROLE_OPTIONS: { label: string; value: Role }[] = [
  { label: 'Administrador', value: ROLES.admin },
  { label: 'Gerente de Recaudo y Cartera', value: ROLES.collectionsManager },
  { label: 'Gerente de Sucursal', value: ROLES.branchManager },
  { label: 'Profesional de Sucursal', value: ROLES.branchProfessional },
  { label: 'Firma externa de cobranza', value: ROLES.externalFirm },
  { label: 'Funcionario ejecutor', value: ROLES.executorOfficer },
  { label: 'Gerente Jurídico', value: ROLES.legalManager },
  { label: 'Editor de avisos', value: ROLES.editor },
  { label: 'Intermediario (clave)', value: ROLES.broker },
  { label: 'Prestador (NIT)', value: ROLES.provider },
]

/** Staff who work every branch's portfolio. */
export const NATIONAL_ROLES: Role[] = [
  ROLES.admin,
  ROLES.collectionsManager,
  ROLES.executorOfficer,
  ROLES.legalManager,
]

/** Staff bound to the branch set on their user. */
export const BRANCH_ROLES: Role[] = [ROLES.branchManager, ROLES.branchProfessional]

/** Portal users: API only, never the admin panel (R-ROL-02). */
export const EXTERNAL_ROLES: Role[] = [ROLES.broker, ROLES.provider]

export const INTERNAL_ROLES: Role[] = ROLE_OPTIONS.map((o) => o.value).filter(
  (role) => !EXTERNAL_ROLES.includes(role),
)
