import type { ArrearsDashboardData } from '@/arrears/arrearsDashboard'
import { formatPesos } from '@/rules/money'

const plural = (n: number) => (n === 1 ? '1 póliza' : `${n.toLocaleString('es-CO')} pólizas`)

/**
 * R-CAR-02/03: the total pending with its split by bucket and by branch. `bucketHref`, when
 * given, turns each bucket into a link that filters the table by it.
 */
export const ArrearsTotals = ({ data, bucketHref }: { data: ArrearsDashboardData; bucketHref?: (bucket: string) => string }) => (
  <div className="cartera-totals">
    <div className="cartera-totals__cards">
      <div className="cartera-card cartera-card--total">
        <span className="cartera-card__label">Total pendiente</span>
        <strong className="cartera-card__amount">{formatPesos(data.pending)}</strong>
        <span className="cartera-card__count">{plural(data.policies)}</span>
      </div>
      {data.buckets.map((b) => {
        const body = (
          <>
            <span className="cartera-card__label">{b.label}</span>
            <strong className="cartera-card__amount">{formatPesos(b.pending)}</strong>
            <span className="cartera-card__count">{plural(b.policies)}</span>
          </>
        )
        return bucketHref ? (
          <a key={b.value} className="cartera-card" href={bucketHref(b.value)} title={`Filtrar la franja ${b.label}`}>
            {body}
          </a>
        ) : (
          <div key={b.value} className="cartera-card">
            {body}
          </div>
        )
      })}
    </div>
    {data.branches.length > 0 && (
      <table className="cartera-table cartera-table--compact">
        <caption>Por sucursal</caption>
        <thead>
          <tr>
            <th>Sucursal</th>
            <th className="cartera-num">Pólizas</th>
            <th className="cartera-num">Saldo pendiente</th>
          </tr>
        </thead>
        <tbody>
          {data.branches.map((b) => (
            <tr key={String(b.id)}>
              <td>{b.name}</td>
              <td className="cartera-num">{b.policies.toLocaleString('es-CO')}</td>
              <td className="cartera-num">{formatPesos(b.pending)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </div>
)
