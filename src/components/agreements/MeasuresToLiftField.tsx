'use client'

import { FieldDescription, FieldError, FieldLabel, ReactSelect, useConfig, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import React, { useEffect, useState } from 'react'

import { SLUGS } from '@/constants/slugs'
import { measureOptions, type CaseMeasure, type GuaranteeOnGoods, type MeasureOption } from '@/rules/agreements/measures'
import { BACKING_GUARANTEE_STATUSES } from '@/rules/guarantees/statuses'

type Loaded = { options: MeasureOption[]; problem: string | null }

const asId = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (value && typeof value === 'object' && 'id' in value) return asId((value as { id: unknown }).id)
  return null
}

/**
 * R-AGR-14 on the agreement page: the approver picks, among the measures of the agreement's case
 * (kind and good), those to lift when granting it. Measures already lifted or on a guarantee's
 * goods are listed but cannot be picked; the server checks the choice again (`checkMeasuresToLift`).
 * The field stores the measures' row ids, as before.
 */
export const MeasuresToLiftField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { config } = useConfig()
  const { value, setValue, showError, disabled } = useField<string[] | null>({ path: path ?? field.name })
  const caseId = useFormFields(([fields]) => asId(fields.case?.value))
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => {
    if (caseId === null) return
    let live = true
    const api = `${config.serverURL}${config.routes.api}`
    const guaranteesQuery = new URLSearchParams({ depth: '0', limit: '0', 'where[case][equals]': String(caseId), 'select[encumbrance]': 'true' })
    BACKING_GUARANTEE_STATUSES.forEach((s, i) => guaranteesQuery.set(`where[status][in][${i}]`, s))
    const load = async (): Promise<Loaded> => {
      const caseRes = await fetch(`${api}/${SLUGS.cases}/${caseId}?depth=0&select[measures]=true`, { credentials: 'include' })
      if (!caseRes.ok) return { options: [], problem: 'No se pudieron consultar las medidas del expediente.' }
      const theCase = (await caseRes.json()) as { measures?: (CaseMeasure & { id: string })[] | null }
      const guaranteesRes = await fetch(`${api}/${SLUGS.guarantees}?${guaranteesQuery}`, { credentials: 'include' })
      const guarantees: GuaranteeOnGoods[] = guaranteesRes.ok
        ? ((await guaranteesRes.json()) as { docs: { id: number; encumbrance?: GuaranteeOnGoods | null }[] }).docs.map((g) => ({ id: g.id, ...g.encumbrance }))
        : []
      return { options: measureOptions({ measures: theCase.measures ?? [], guarantees }), problem: null }
    }
    load()
      .then((result) => live && setLoaded(result))
      .catch(() => live && setLoaded({ options: [], problem: 'No se pudieron consultar las medidas del expediente.' }))
    return () => {
      live = false
    }
  }, [caseId, config.serverURL, config.routes.api])

  const chosen = value ?? []
  const options = (loaded?.options ?? []).map((o) => ({
    value: o.value,
    label: o.blockedBy ? `${o.label} (${o.blockedBy})` : o.label,
    isDisabled: o.blockedBy !== null,
  }))
  // A chosen id the case no longer lists still shows, so the server's refusal can be read.
  const selected = chosen.map((id) => options.find((o) => o.value === id) ?? { value: id, label: `Medida ${id} (no está en el expediente)` })

  return (
    <div className="field-type measures-to-lift" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={field.label} path={path} />
      <FieldError path={path} showError={showError} />
      {caseId === null ? (
        <p>Elija primero el expediente.</p>
      ) : loaded?.problem ? (
        <p>{loaded.problem}</p>
      ) : (
        <ReactSelect
          inputId={`field-${(path ?? field.name).replace(/\./g, '__')}`}
          isMulti
          isClearable
          isLoading={loaded === null}
          disabled={readOnly || disabled || field.admin?.readOnly}
          options={options}
          value={selected}
          placeholder="Ninguna: no se levantan medidas"
          noOptionsMessage={() => (loaded && loaded.options.length === 0 ? 'El expediente no tiene medidas cautelares.' : 'Sin más medidas')}
          onChange={(next) => setValue((Array.isArray(next) ? next : next ? [next] : []).map((o) => String(o.value)))}
          showError={showError}
        />
      )}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
