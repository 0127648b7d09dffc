import type { AdminViewServerProps } from 'payload'

import { seesArrearsPortfolio } from '../../../access/seesArrearsPortfolio'
import { arrearsSearchString, loadArrearsView } from '@/arrears/arrearsView'
import { AdminViewShell, admitToView } from '@/components/admin/AdminViewShell'
import { ADMIN_VIEWS } from '@/constants/adminPaths'
import { SLUGS } from '@/constants/slugs'
import { formatIsoDate } from '@/components/displayDates'
import { formatPesos } from '@/rules/money'
import { ArrearsFilters } from './ArrearsFilters'
import { ArrearsTable } from './ArrearsTable'
import { ArrearsTotals } from './ArrearsTotals'

const FIELD_LABELS: Record<string, string> = {
  asOf: 'Cifras al',
  bucket: 'Franja de mora',
  dateField: 'Rango sobre',
  from: 'Desde',
  to: 'Hasta',
  lineOfBusiness: 'Ramo',
  clave: 'Clave',
  branch: 'Sucursal',
  page: 'Página',
  limit: 'Filas por página',
}

/**
 * "Cartera en mora" (/admin/cartera): what brokers get from GET /api/arrears, for staff, with
 * their own row access. Custom admin views are reachable without the admin's own access check,
 * so this one signs out visitors and turns away roles that do not work the portfolio.
 */
export const ArrearsView = async (props: AdminViewServerProps) => {
  const { initPageResult, searchParams, payload } = props
  const { req } = initPageResult
  const adminRoute = payload.config.routes.admin
  const apiRoute = payload.config.routes.api
  const here = admitToView(props, ADMIN_VIEWS.arrears, seesArrearsPortfolio)

  const data = await loadArrearsView(req, searchParams as Record<string, string | string[] | undefined>)
  // Links keep the filters and start again at page 1 unless they say otherwise.
  const withFilters = (overrides: Record<string, string | number | undefined>) => arrearsSearchString(data.filters, { page: undefined, ...overrides })
  return (
    <AdminViewShell
      view={props}
      title="Cartera en mora"
      block="cartera-view"
      intro={
        data.ok && (
          <p className="cartera-asof">
            Cifras al <strong>{formatIsoDate(data.asOf)}</strong> · {data.totalDocs.toLocaleString('es-CO')} pólizas pendientes de pago ·
            total pendiente <strong>{formatPesos(data.totals.pending)}</strong>
          </p>
        )
      }
    >
      <ArrearsFilters action={here} filters={data.filters} branchOptions={data.branchOptions} />
      {!data.ok ? (
        <div className="cartera-errors" role="alert">
          <strong>Revise los filtros:</strong>
          <ul>
            {data.issues.map((issue) => (
              <li key={`${issue.campo}:${issue.mensaje}`}>
                {FIELD_LABELS[issue.campo] ?? issue.campo}: {issue.mensaje}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <ArrearsTotals data={data.totals} bucketHref={(bucket) => `${here}?${withFilters({ bucket })}`} />
          <div className="cartera-actions">
            <a className="btn btn--style-secondary btn--size-small" href={`${apiRoute}/arrears/export.xlsx?${withFilters({ asOf: data.asOf, limit: undefined })}`}>
              Descargar en Excel ({data.totalDocs.toLocaleString('es-CO')} filas)
            </a>
          </div>
          {data.rows.length === 0 ? (
            <p className="cartera-empty">No hay pólizas en mora con estos filtros.</p>
          ) : (
            <ArrearsTable
              rows={data.rows}
              policyHref={(r) => `${adminRoute}/collections/${SLUGS.policies}/${r.policyId}`}
              policyExcelHref={(r) => `${apiRoute}/arrears/${r.policyId}/export.xlsx?asOf=${data.asOf}`}
            />
          )}
          {data.totalPages > 1 && (
            <nav className="cartera-pages" aria-label="Páginas">
              {data.page > 1 && <a href={`${here}?${withFilters({ page: data.page - 1 })}`}>← Anterior</a>}
              <span>
                Página {data.page} de {data.totalPages}
              </span>
              {data.page < data.totalPages && <a href={`${here}?${withFilters({ page: data.page + 1 })}`}>Siguiente →</a>}
            </nav>
          )}
        </>
      )}
    </AdminViewShell>
  )
}
