import type { AdminViewServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { findAgreementWorklist } from '@/agreements/findAgreementWorklist'
import { findWorklist, keepsAWorklist, worklistQuery } from '@/cases/findWorklist'
import { AdminViewShell, admitToView } from '@/components/admin/AdminViewShell'
import { ADMIN_VIEWS } from '@/constants/adminPaths'
import { SLUGS } from '@/constants/slugs'
import { STAGE_OPTIONS, SUB_STATE_LABELS, type SubState } from '@/rules/cases/stages'
import { formatLegalDate } from './formatLegalDate'
import { WorklistTable } from './WorklistTable'

const stageLabel = (stage: string) => STAGE_OPTIONS.find((o) => o.value === stage)?.label ?? stage

/**
 * "Mi lista de trabajo" (/admin/lista-de-trabajo): the collector's open cases by nearest legal
 * deadline, overdue first — the same query as GET /api/cases/worklist (`findWorklist`), with the
 * acting user's read access. A plain GET form switches scope and stage; no client code.
 */
export const WorklistView = async (props: AdminViewServerProps) => {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  admitToView(props, ADMIN_VIEWS.worklist, () => Boolean(initPageResult.permissions.canAccessAdmin))

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
  const branchOf = (id: number | null | undefined) => (id && branchName.get(id)) || null
  const pageLink = (page: number) => `?${new URLSearchParams({ ...raw, page: String(page) }).toString()}`

  return (
    <AdminViewShell view={props} title="Mi lista de trabajo" block="lista-de-trabajo-view">
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
            <WorklistTable
              stateHeader="Etapa · estado"
              recordHeader="Expediente"
              entries={list.docs.map((c) => ({
                key: String(c.id),
                flag: c.flag,
                deadline: c.nextDeadline ?? null,
                term: c.nextDeadlineLabel ?? null,
                state: `${stageLabel(c.stage)} · ${SUB_STATE_LABELS[c.subState as SubState] ?? c.subState}`,
                debtor: c.debtorName ?? null,
                branch: branchOf(c.branch),
                href: `${adminRoute}/collections/${SLUGS.cases}/${c.id}`,
                title: c.title ?? `Expediente ${c.id}`,
              }))}
            />
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
            <WorklistTable
              id="acuerdos-lista-de-trabajo"
              stateHeader="Estado del acuerdo"
              recordHeader="Acuerdo"
              entries={agreements.map((a) => ({
                key: `${a.agreement}-${a.kind}`,
                flag: a.flag,
                deadline: a.deadline,
                term: a.label,
                state: a.statusLabel,
                debtor: a.debtorName ?? null,
                branch: branchOf(a.branch),
                href: `${adminRoute}/collections/${SLUGS.agreements}/${a.agreement}`,
                title: a.title ?? `Acuerdo ${a.agreement}`,
              }))}
            />
          )}
        </>
      )}
    </AdminViewShell>
  )
}
