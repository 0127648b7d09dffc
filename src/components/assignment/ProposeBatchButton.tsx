'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { SLUGS } from '@/constants/slugs'
import { bogotaDateOf } from '@/rules/calendar'
import { periodOf } from '@/rules/indicators/period'

/**
 * "Proponer asignación AAAA-MM" above the batches' list (seed 001 §7.2.1 item 6): runs the month's
 * assignment on demand (POST /api/assignment-batches/propose, as the monthly job does) and opens
 * the proposal for the manager to review. Shown to whoever may create a batch.
 */
export const ProposeBatchButton = () => {
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const period = periodOf(bogotaDateOf(new Date()))
  const propose = async () => {
    setBusy(true)
    const response = await fetch(`${config.serverURL}${config.routes.api}/${SLUGS.assignmentBatches}/propose`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ period }),
    })
    const json = await response.json().catch(() => ({}))
    setBusy(false)
    if (!response.ok) return toast.error(json.errors?.[0]?.message ?? `Error ${response.status}`)
    toast.success(`Propuesta ${period}: ${json.rows} deudores para asignar, ${json.leftOut} sin cupo.`)
    router.push(`${config.routes.admin}/collections/${SLUGS.assignmentBatches}/${json.id}`)
  }
  return (
    <div className="asignacion-propose">
      <Button buttonStyle="primary" size="medium" disabled={busy} onClick={propose}>
        {busy ? 'Proponiendo…' : `Proponer asignación ${period}`}
      </Button>
    </div>
  )
}
