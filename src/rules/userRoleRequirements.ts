import { BRANCH_ROLES, ROLES } from '@/auth/roles'
import { RuleViolation } from './ruleViolation'

type UserShape = { role?: string | null; branch?: unknown; claves?: string[] | null; nit?: string | null }

/** R-ROL-01/02: each scoped role carries the key that scopes it. */
export const assertRoleRequirements = (user: UserShape): void => {
  const role = user.role as (typeof BRANCH_ROLES)[number] | undefined
  if (role && BRANCH_ROLES.includes(role) && (user.branch === null || user.branch === undefined)) {
    throw new RuleViolation('R-ROL-01', 'Los usuarios de sucursal deben tener una sucursal asignada.')
  }
  if (user.role === ROLES.broker && !(user.claves && user.claves.length > 0)) {
    throw new RuleViolation('R-ROL-02', 'Un intermediario debe tener al menos una clave.')
  }
  if (user.role === ROLES.broker && user.claves?.some((clave) => !/^\d{3,10}$/.test(clave))) {
    throw new RuleViolation('R-ROL-02', 'Cada clave de intermediario debe tener entre 3 y 10 dígitos.')
  }
  if (user.role === ROLES.provider && !(user.nit && /^\d{6,15}$/.test(user.nit))) {
    throw new RuleViolation('R-ROL-02', 'Un prestador debe tener un NIT de 6 a 15 dígitos, sin dígito de verificación.')
  }
}
