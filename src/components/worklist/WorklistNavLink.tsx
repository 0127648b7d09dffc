import type { ServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { keepsAWorklist } from '@/cases/findWorklist'
import { ADMIN_VIEWS } from '@/constants/adminPaths'

/** The nav entry of "Mi lista de trabajo", shown to the staff who work collection cases. */
export const WorklistNavLink = ({ payload, user }: ServerProps) => {
  if (!keepsAWorklist(user)) return null
  return (
    <Link className="nav__link" href={`${payload.config.routes.admin}${ADMIN_VIEWS.worklist}`} style={{ marginTop: '1rem' }}>
      <span className="nav__link-label">Mi lista de trabajo</span>
    </Link>
  )
}
