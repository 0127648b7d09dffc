import type { ServerProps } from 'payload'

import { seesArrearsPortfolio } from '../../../access/seesArrearsPortfolio'
import { ADMIN_VIEWS } from '@/constants/adminPaths'

/** The "Cartera en mora" view in the side navigation, for the staff who may open it. */
export const ArrearsNavLink = ({ payload, user }: ServerProps) => {
  if (!seesArrearsPortfolio({ req: { user: user ?? null } })) return null
  return (
    <a className="nav__link cartera-navlink" href={`${payload.config.routes.admin}${ADMIN_VIEWS.arrears}`} id="nav-cartera">
      <span className="nav__link-label">Cartera en mora</span>
    </a>
  )
}
