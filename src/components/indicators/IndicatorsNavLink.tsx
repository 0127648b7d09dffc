import type { ServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { seesIndicators } from '../../../access/seesIndicators'
import { ADMIN_VIEWS } from '@/constants/adminPaths'

/** The nav entry of "Indicadores de cartera", for the staff who read the snapshots (001 §7.2.1–7.2.2). */
export const IndicatorsNavLink = ({ payload, user }: ServerProps) => {
  if (!seesIndicators({ req: { user: user ?? null } })) return null
  return (
    <Link className="nav__link" href={`${payload.config.routes.admin}${ADMIN_VIEWS.indicators}`} id="nav-indicadores">
      <span className="nav__link-label">Indicadores de cartera</span>
    </Link>
  )
}
