'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { ACT_STATUSES } from '@/rules/acts/signedAct'
import { postAction } from './postAction'

/**
 * "Firmar" on a drafted act (issue 11): POST /api/documents/:id/sign. The server decides who is
 * competent (R-ROL-03/05) and answers its refusal in Spanish, shown here as is.
 */
export const SignActButton = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const status = useFormFields(([fields]) => fields.actStatus?.value as string | undefined)
  const [busy, setBusy] = useState(false)
  if (!id || status !== ACT_STATUSES.draft) return null

  const sign = async () => {
    setBusy(true)
    const result = await postAction(`${config.serverURL}${config.routes.api}/documents/${id}/sign`)
    setBusy(false)
    if (!result.ok) return toast.error(result.message)
    toast.success('Acto firmado: queda en el expediente y ya no se modifica.')
    router.refresh()
  }

  return (
    <Button buttonStyle="primary" size="small" disabled={busy} onClick={sign}>
      {busy ? 'Firmando…' : 'Firmar'}
    </Button>
  )
}
