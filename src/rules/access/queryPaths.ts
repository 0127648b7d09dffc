import { EXTERNAL_ROLES } from '@/auth/roles'
import { RuleViolation } from '@/rules/ruleViolation'

/**
 * R-ROL-01/02: a `where` or `sort` on a field the user cannot read, or through a relationship to
 * records it cannot read, would let it probe what it may not see (which brokers share a client,
 * who works a debtor). Refused, naming the path.
 */
export const refuseUnreadableQueryPath = (role: string | null | undefined, path: string, kind: 'where' | 'sort'): never => {
  const rule = (EXTERNAL_ROLES as string[]).includes(role ?? '') ? 'R-ROL-02' : 'R-ROL-01'
  const verb = kind === 'sort' ? 'ordenar' : 'filtrar'
  throw new RuleViolation(rule, `No puede ${verb} por "${path}": no tiene acceso a ese dato.`, 403)
}
