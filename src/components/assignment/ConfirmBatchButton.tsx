'use client'

import { Button, TextInput, toast, useConfig, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { postAction } from '@/components/acts/postAction'
import { BATCH_STATUS } from '@/rules/assignment/assignmentOptions'

/**
 * "Confirmar asignación" on a proposed batch (seed 001 §7.2.1 item 6): POST
 * /api/assignment-batches/:id/confirm with the reason. Unsaved row changes must be saved first,
 * since the server confirms what is stored.
 */
export const ConfirmBatchButton = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const modified = useFormModified()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id || status !== BATCH_STATUS.proposed) return null

  const confirm = async () => {
    if (modified) return toast.error('Guarde los cambios del lote antes de confirmarlo.')
    setBusy(true)
    const result = await postAction(`${config.serverURL}${config.routes.api}/assignment-batches/${id}/confirm`, { reason })
    setBusy(false)
    if (!result.ok) return toast.error(result.message)
    toast.success('Asignación confirmada: las firmas quedaron en los deudores y sus expedientes.')
    router.refresh()
  }

  return (
    // The reason's label sits beside its input, inside the document's action bar (custom.scss).
    <div className="confirm-batch">
      <TextInput path="confirmReason" label="Motivo" value={reason} onChange={(e: { target: { value: string } }) => setReason(e.target.value)} placeholder="Asignación mensual" />
      <Button buttonStyle="primary" size="small" disabled={busy || reason.trim().length < 5} onClick={confirm}>
        {busy ? 'Confirmando…' : 'Confirmar asignación'}
      </Button>
    </div>
  )
}
