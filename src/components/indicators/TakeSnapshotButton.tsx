'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { postAction } from '../acts/postAction'

/** The collections manager takes (or retakes) a month's draft snapshot: POST /api/indicator-snapshots/take. */
export const TakeSnapshotButton = ({ period, label }: { period: string; label: string }) => {
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const take = async () => {
    setBusy(true)
    const result = await postAction(`${config.serverURL}${config.routes.api}/indicator-snapshots/take`, { period })
    setBusy(false)
    if (!result.ok) return toast.error(result.message)
    toast.success(`Corte ${period} calculado como borrador: revíselo y publíquelo.`)
    router.push(`${config.routes.admin}/indicadores?period=${period}`)
    router.refresh()
  }
  return (
    <Button buttonStyle="primary" size="medium" disabled={busy} onClick={take}>
      {busy ? 'Calculando…' : label}
    </Button>
  )
}
