'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { ACT_KIND_OPTIONS, actsForStage } from '@/rules/acts/actKinds'
import { postAction } from './postAction'

/**
 * "Generar acto" on the case page (issue 11): the acts the case's stage drafts (actsForStage);
 * drafting one calls POST /api/cases/:id/acts and links to the draft document, where it is signed.
 */
export const GenerateActField = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const stage = useFormFields(([fields]) => fields.stage?.value as string | undefined)
  const kinds = ACT_KIND_OPTIONS.filter((o) => actsForStage(stage).includes(o.value))
  const [kind, setKind] = useState<string>('')
  const [busy, setBusy] = useState(false)
  const [draftId, setDraftId] = useState<number | null>(null)
  if (!id || kinds.length === 0) return null
  const selected = kinds.some((k) => k.value === kind) ? kind : kinds[0]!.value

  const generate = async () => {
    setBusy(true)
    const result = await postAction(`${config.serverURL}${config.routes.api}/cases/${id}/acts`, { kind: selected })
    setBusy(false)
    if (!result.ok) return toast.error(result.message)
    setDraftId(result.doc.id)
    toast.success('Acto proyectado en borrador. Ábralo para revisarlo y firmarlo.')
  }

  return (
    <div className="field-type generar-acto" style={{ marginBottom: '1.5rem' }}>
      <label className="field-label" htmlFor="generar-acto-tipo">
        Generar acto
      </label>
      <select id="generar-acto-tipo" value={selected} onChange={(e) => setKind(e.target.value)} style={{ width: '100%', padding: '0.4rem' }}>
        {kinds.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label}
          </option>
        ))}
      </select>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={generate}>
        {busy ? 'Generando…' : 'Generar acto'}
      </Button>
      {draftId !== null && (
        <p>
          <a href={`${config.routes.admin}/collections/documents/${draftId}`}>Abrir el borrador</a>
        </p>
      )}
    </div>
  )
}
