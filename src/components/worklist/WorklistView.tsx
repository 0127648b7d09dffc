import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import React from 'react'

import { findAgreementWorklist } from '@/agreements/findAgreementWorklist'
import { findWorklist, keepsAWorklist, worklistQuery, type WorklistRow } from '@/cases/findWorklist'
import { SLUGS } from '@/constants/slugs'
import { STAGE_OPTIONS, SUB_STATE_LABELS, type SubState } from '@/rules/cases/stages'
import { formatLegalDate } from './formatLegalDate'
import { ADMIN_VIEWS } from '@/constants/adminPaths'

const FLAGS: Record<NonNullable<WorklistRow['flag']>, { label: string; color: string }> = {
  VENCIDO: { label: 'Vencido', color: 'var(--theme-error-500)' },
  POR_VENCER: { label: 'Por vencer', color: 'var(--theme-warning-500)' },
  EN_TERMINO: { label: 'En término', color: 'var(--theme-success-500)' },
}

const stageLabel = (stage: string) => STAGE_OPTIONS.find((o) => o.value === stage)?.label ?? stage

const cell: React.CSSProperties = { padding: '0.5rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }

/**
 * "Mi lista de trabajo" (/admin/lista-de-trabajo): the collector's open cases by nearest legal
 * deadline, overdue first — the same query as GET /api/cases/worklist (`findWorklist`), with the
 * acting user's read access. A plain GET form switches scope and stage; no client code.
 */
export const WorklistView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${ADMIN_VIEWS.worklist}`)}`)
  // A custom view is served even to users the admin panel refuses (portal users, R-ROL-02).
  if (!permissions.canAccessAdmin) redirect(`${adminRoute}/unauthorized`)

  const raw = Object.fromEntries(Object.entries(searchParams ?? {}).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>
  const parsed = worklistQuery.safeParse(raw)
  const query = parsed.success ? parsed.data : worklistQuery.parse({})
  const list = keepsAWorklist(req.user) ? await findWorklist(req, query) : null
  const agreements = list ? await findAgreementWorklist(req, { asOf: list.asOf }) : []

  const branchIds = [...new Set([...(list?.docs ?? []), ...agreements].map((c) => c.branch).filter((id): id is number => typeof id === 'number'))]
  const branches = branchIds.length
    ? await req.payload.find({
        collection: SLUGS.branches,
        where: { id: { in: branchIds } },
        select: { code: true, name: true },
        depth: 0,
        limit: branchIds.length,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : { docs: [] }
  const branchName = new Map(branches.docs.map((b) => [b.id, b.name ?? b.code]))
  const pageLink = (page: number) => `?${new URLSearchParams({ ...raw, page: String(page) }).toString()}`

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ marginBottom: '0.5rem' }}>Mi lista de trabajo</h1>
        {!list ? (
          <p>Su rol no gestiona expedientes de cobro.</p>
        ) : (
          <>
            <p style={{ marginBottom: '1rem' }}>
              Expedientes abiertos ordenados por el vencimiento legal más próximo: los vencidos primero. Alertas al{' '}
              {formatLegalDate(list.asOf)}.
            </p>
            {!parsed.success && <p style={{ color: 'var(--theme-error-500)' }}>Filtro no válido: se muestra la lista por defecto.</p>}
            <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap', marginBottom: '1.5rem' }}>
              <label>
                Mostrar
                <br />
                <select name="scope" defaultValue={query.scope}>
                  <option value="mine">Mis expedientes</option>
                  <option value="all">Todos los que puedo ver</option>
                </select>
              </label>
              <label>
                Etapa
                <br />
                <select name="stage" defaultValue={query.stage ?? ''}>
                  <option value="">Todas las etapas abiertas</option>
                  {STAGE_OPTIONS.filter((o) => o.value === 'PERSUASIVO' || o.value === 'PREJURIDICO' || o.value === 'COACTIVO').map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
                Filtrar
              </button>
            </form>
            {list.docs.length === 0 ? (
              <p>No hay expedientes abiertos con este filtro.</p>
            ) : (
              <table style={{ width: '100%', borderCollapse: 'collapse' }}>
                <thead>
                  <tr>
                    {['Alerta', 'Vence', 'Término', 'Etapa · estado', 'Deudor', 'Sucursal', 'Expediente'].map((h) => (
                      <th key={h} style={{ ...cell, fontWeight: 600 }}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {list.docs.map((c) => (
                    <tr key={c.id} data-flag={c.flag ?? ''}>
                      <td style={cell}>
                        {c.flag ? <strong style={{ color: FLAGS[c.flag].color }}>{FLAGS[c.flag].label}</strong> : 'Sin término abierto'}
                      </td>
                      <td style={cell}>{c.nextDeadline ? formatLegalDate(c.nextDeadline) : '—'}</td>
                      <td style={cell}>{c.nextDeadlineLabel ?? '—'}</td>
                      <td style={cell}>
                        {stageLabel(c.stage)} · {SUB_STATE_LABELS[c.subState as SubState] ?? c.subState}
                      </td>
                      <td style={cell}>{c.debtorName ?? '—'}</td>
                      <td style={cell}>{(c.branch && branchName.get(c.branch)) ?? '—'}</td>
                      <td style={cell}>
                        <Link href={`${adminRoute}/collections/${SLUGS.cases}/${c.id}`}>{c.title ?? `Expediente ${c.id}`}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p style={{ marginTop: '1rem' }}>
              {list.totalDocs} expediente(s) · página {list.page} de {Math.max(list.totalPages, 1)}{' '}
              {list.page > 1 && <Link href={pageLink(list.page - 1)}>← Anterior</Link>}{' '}
              {list.hasNextPage && <Link href={pageLink(list.page + 1)}>Siguiente →</Link>}
            </p>
            <h2 style={{ margin: '2rem 0 0.5rem' }}>Acuerdos de pago</h2>
            <p style={{ marginBottom: '1rem' }}>
              Términos de los acuerdos que puede consultar: análisis, requisitos y perfeccionamiento de garantías (R-AGR-06), cuotas que vencen esta
              semana o ya vencidas (R-AGR-08) y requerimientos por incumplimiento (R-AGR-11).
            </p>
            {agreements.length === 0 ? (
              <p>No hay términos de acuerdos de pago abiertos.</p>
            ) : (
              <table id="acuerdos-lista-de-trabajo" style={{ width: '100%', borderCollapse: 'collapse' }}>
                <thead>
                  <tr>
                    {['Alerta', 'Vence', 'Término', 'Estado del acuerdo', 'Deudor', 'Sucursal', 'Acuerdo'].map((h) => (
                      <th key={h} style={{ ...cell, fontWeight: 600 }}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {agreements.map((a) => (
                    <tr key={`${a.agreement}-${a.kind}`} data-flag={a.flag}>
                      <td style={cell}>
                        <strong style={{ color: FLAGS[a.flag].color }}>{FLAGS[a.flag].label}</strong>
                      </td>
                      <td style={cell}>{formatLegalDate(a.deadline)}</td>
                      <td style={cell}>{a.label}</td>
                      <td style={cell}>{a.statusLabel}</td>
                      <td style={cell}>{a.debtorName ?? '—'}</td>
                      <td style={cell}>{(a.branch && branchName.get(a.branch)) ?? '—'}</td>
                      <td style={cell}>
                        <Link href={`${adminRoute}/collections/${SLUGS.agreements}/${a.agreement}`}>{a.title ?? `Acuerdo ${a.agreement}`}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
