import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { keepsIndicators } from '../../../access/keepsIndicators'
import { seesIndicators } from '../../../access/seesIndicators'
import { AdminViewShell, admitToView } from '@/components/admin/AdminViewShell'
import { ADMIN_VIEWS } from '@/constants/adminPaths'
import { SLUGS } from '@/constants/slugs'
import { formatDateTime } from '@/components/displayDates'
import { checkInput } from '@/http/parseInput'
import { IndicatorsQuery, loadIndicators } from '@/indicators/loadIndicators'
import { bogotaDateOf } from '@/rules/calendar'
import { periodOf, previousPeriod } from '@/rules/indicators/period'
import { SNAPSHOT_STATUS } from '@/rules/indicators/snapshotStatus'
import { IndicatorsCharts } from './IndicatorsCharts'
import { IndicatorsFilters } from './IndicatorsFilters'
import { TakeSnapshotButton } from './TakeSnapshotButton'

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined

/**
 * "Indicadores de cartera" (/admin/indicadores), 001 §7.2.1–7.2.2: the charts of the deterioration
 * indicators with the table behind each, by month and branch, and their Excel. Custom views skip
 * the admin's own access check: visitors sign in, roles without snapshots are turned away.
 */
export const IndicatorsView = async (props: AdminViewServerProps) => {
  const { initPageResult, searchParams, payload } = props
  const { req } = initPageResult
  const adminRoute = payload.config.routes.admin
  const here = admitToView(props, ADMIN_VIEWS.indicators, seesIndicators)

  const params = searchParams as Record<string, string | string[] | undefined>
  const checked = checkInput(IndicatorsQuery, { period: first(params.period), branch: first(params.branch) })
  const query = checked.ok ? checked.data : {}
  const data = await loadIndicators(req, query)
  const keeper = Boolean(keepsIndicators({ req } as never))
  const excelParams = new URLSearchParams()
  if (data.period) excelParams.set('period', data.period)
  if (data.branch) excelParams.set('branch', String(data.branch))
  // The month just closed until it is published (the month-end job may have missed it or left a
  // draft to review); then the month in progress.
  const thisMonth = periodOf(bogotaDateOf(new Date()))
  const justClosed = previousPeriod(thisMonth)
  const toTake = data.periods.some((p) => p.value === justClosed && p.status === SNAPSHOT_STATUS.values.published) ? thisMonth : justClosed
  const statusLabel = SNAPSHOT_STATUS.options.find((o) => o.value === data.status)?.label

  return (
    <AdminViewShell
      view={props}
      title="Indicadores de cartera"
      block="indicadores-view"
      intro={
        <>
          <p className="indicadores-view__status">
            {data.period ? (
              <>
                Corte <strong>{data.period}</strong> · {statusLabel}
                {data.publishedAt ? ` el ${formatDateTime(data.publishedAt)}` : ''}
                {data.branch ? ` · ${data.branchOptions.find((b) => b.value === data.branch)?.label ?? ''}` : ''}
              </>
            ) : (
              'Aún no hay cortes de indicadores publicados.'
            )}
          </p>
          {!checked.ok && (
            <div className="cartera-errors" role="alert">
              Filtro no válido: {checked.issues.map((i) => `${i.campo}: ${i.mensaje}`).join('; ')}
            </div>
          )}
        </>
      }
    >
      {keeper && (
        <div className="indicadores-view__keeper">
          <TakeSnapshotButton period={toTake} label={`Calcular corte ${toTake}`} />
          {data.status === SNAPSHOT_STATUS.values.draft && (
            <a className="btn btn--style-secondary btn--size-medium" href={`${adminRoute}/collections/${SLUGS.indicatorSnapshots}?where[period][equals]=${data.period}`}>
              Revisar y publicar el corte {data.period}
            </a>
          )}
        </div>
      )}
      <IndicatorsFilters
        action={here}
        period={data.period}
        branch={data.branch}
        periods={data.periods.map((p) => ({ value: p.value, label: p.status === SNAPSHOT_STATUS.values.draft ? `${p.value} (borrador)` : p.value }))}
        branches={data.branchOptions.map((b) => ({ value: String(b.value), label: b.label }))}
        excelUrl={`${payload.config.routes.api}/indicators.xlsx${excelParams.size ? `?${excelParams}` : ''}`}
      />
      {data.period && <IndicatorsCharts data={data} />}
    </AdminViewShell>
  )
}
