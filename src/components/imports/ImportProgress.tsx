'use client'

import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useState } from 'react'

import { FigureTableView } from '@/components/figures/FigureTableView'
import { figureTables } from '@/components/figures/figureTables'
import { FINISHED_IMPORT_STATUSES, IMPORT_STATUSES, type ImportStatus, type RowError } from '@/rules/imports/importOptions'
import { importPhaseText } from '@/rules/imports/importPhase'

type ImportState = {
  status: ImportStatus
  rowsTotal?: number | null
  rowsDone?: number | null
  rowsFailed?: number | null
  rowErrors?: RowError[] | null
  message?: string | null
  cancelRequested?: boolean | null
  counts?: unknown
}

/** How often a running load is read again. */
const REFRESH_MS = 2_000
/** The first errors shown here; all of them are in the Excel. */
const ERRORS_SHOWN = 20

const labelOf = (status: ImportStatus) => IMPORT_STATUSES.find((s) => s.value === status)?.label ?? status

/**
 * A portfolio load as it runs (docs/import.md): status, rows checked of the file, errors so far,
 * refreshed every two seconds until the load ends; "Cancelar carga" asks the job to stop between
 * batches (an update of `cancelRequested`, the one field a user may change); the errors download
 * as Excel from GET /api/portfolio-imports/:id/errors.xlsx; once it ends, what was created, updated
 * or left unchanged per table (the stored `counts`, which the form itself does not show).
 */
export const ImportProgress = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [state, setState] = useState<ImportState | null>(null)
  const [busy, setBusy] = useState(false)
  const url = `${config.serverURL}${config.routes.api}/portfolio-imports/${id}`

  const load = useCallback(async () => {
    const res = await fetch(`${url}?depth=0`, { credentials: 'include' })
    if (res.ok) setState((await res.json()) as ImportState)
  }, [url])

  const finished = state ? FINISHED_IMPORT_STATUSES.includes(state.status) : false
  useEffect(() => {
    if (!id) return
    void load()
    if (finished) return
    const timer = setInterval(() => void load(), REFRESH_MS)
    return () => clearInterval(timer)
  }, [id, finished, load])
  // The form below was read when the page opened: once the load ends while it is open, read it again,
  // so its status, rows, result and times say what this section says.
  const seenRunning = useRef(false)
  useEffect(() => {
    if (!state) return
    if (!finished) seenRunning.current = true
    else if (seenRunning.current) {
      seenRunning.current = false
      router.refresh()
    }
  }, [state, finished, router])

  if (!id || !state) return null

  const cancel = async () => {
    setBusy(true)
    const res = await fetch(url, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cancelRequested: true }),
    })
    setBusy(false)
    if (!res.ok) return toast.error('No se pudo pedir la cancelación de la carga.')
    toast.success('Cancelación pedida: la carga se detiene antes del siguiente lote, sin escribir nada.')
    await load()
    router.refresh()
  }

  const total = state.rowsTotal ?? 0
  const done = state.rowsDone ?? 0
  const errors = state.rowErrors ?? []
  const phase = importPhaseText(state)
  return (
    <section aria-label="Avance de la carga" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <p>
        <strong>{labelOf(state.status)}</strong>
        {total > 0 ? ` · ${done.toLocaleString('es-CO')} de ${total.toLocaleString('es-CO')} filas revisadas` : ''}
        {state.rowsFailed ? ` · ${state.rowsFailed.toLocaleString('es-CO')} con errores` : ''}
      </p>
      {total > 0 && <progress max={total} value={done} aria-label="Filas revisadas" style={{ width: '100%' }} />}
      {phase && <p aria-live="polite">{phase}</p>}
      {state.message && <p>{state.message}</p>}
      {errors.length > 0 && (
        <>
          <div className="figures-field">
            {figureTables(errors.slice(0, ERRORS_SHOWN)).map((table, i) => (
              <FigureTableView table={{ ...table, caption: 'Primeros errores (línea, columna, motivo)' }} key={i} />
            ))}
          </div>
          <a href={`${url}/errors.xlsx`}>Descargar todos los errores (Excel)</a>
        </>
      )}
      {finished && state.counts ? (
        <div className="figures-field">
          {figureTables(state.counts).map((table, i) => (
            <FigureTableView table={{ ...table, caption: 'Registros creados / actualizados / sin cambios' }} key={i} />
          ))}
        </div>
      ) : null}
      {!finished && !state.cancelRequested && (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={cancel}>
          {busy ? 'Cancelando…' : 'Cancelar carga'}
        </Button>
      )}
    </section>
  )
}
