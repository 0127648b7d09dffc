'use client'

import { Button, SelectInput } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React from 'react'

type Option = { label: string; value: string }

/** Month and (national staff) branch of /admin/indicadores; the query string is the state. */
export const IndicatorsFilters = ({
  action,
  period,
  branch,
  periods,
  branches,
  excelUrl,
}: {
  action: string
  period: string | null
  branch: number | null
  periods: Option[]
  branches: Option[]
  excelUrl: string
}) => {
  const router = useRouter()
  const go = (next: { period?: string | null; branch?: string | null }) => {
    const params = new URLSearchParams()
    const p = next.period !== undefined ? next.period : period
    const b = next.branch !== undefined ? next.branch : branch === null ? null : String(branch)
    if (p) params.set('period', p)
    if (b) params.set('branch', b)
    router.push(`${action}${params.size ? `?${params}` : ''}`)
  }
  const valueOf = (option: unknown) => (option && typeof option === 'object' && 'value' in option ? String((option as Option).value) : null)
  return (
    <div className="indicadores-filters">
      <div className="indicadores-filters__field">
        <SelectInput
          name="period"
          path="period"
          label="Periodo"
          options={periods}
          value={period ?? undefined}
          isClearable={false}
          onChange={(option) => go({ period: valueOf(option) })}
        />
      </div>
      {branches.length > 0 && (
        <div className="indicadores-filters__field">
          <SelectInput
            name="branch"
            path="branch"
            label="Sucursal"
            options={branches}
            value={branch === null ? undefined : String(branch)}
            isClearable
            placeholder="Todas las sucursales"
            onChange={(option) => go({ branch: valueOf(option) })}
          />
        </div>
      )}
      <div className="indicadores-filters__actions">
        <Button el="anchor" url={excelUrl} buttonStyle="secondary" size="medium" newTab={false}>
          Descargar Excel
        </Button>
      </div>
    </div>
  )
}
