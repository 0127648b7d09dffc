import type { ArrearsRow } from '@/arrears/arrearsRows'
import { formatDayMonthYear } from '@/components/displayDates'
import { ARREARS_BUCKETS } from '@/rules/arrears'
import { LINES_OF_BUSINESS } from '@/rules/linesOfBusiness'
import { formatPesos } from '@/rules/money'

const TYPE_LABELS: Record<string, string> = { INDIVIDUAL: 'Individual', COLECTIVA: 'Colectiva' }
const lineLabel = (value: string) => LINES_OF_BUSINESS.find((l) => l.value === value)?.label ?? value
const bucketLabel = (value: string | null) => ARREARS_BUCKETS.find((b) => b.value === value)?.label ?? ''

/** R-CAR-01: the arrears table with the portal's columns; each policy links to its record and its own Excel (R-CAR-04). */
export const ArrearsTable = ({
  rows,
  policyHref,
  policyExcelHref,
}: {
  rows: ArrearsRow[]
  policyHref: (row: ArrearsRow) => string
  policyExcelHref: (row: ArrearsRow) => string
}) => (
  <div className="cartera-table-wrap">
    <table className="cartera-table">
      <thead>
        <tr>
          <th>No. póliza</th>
          <th>Ramo</th>
          <th>Tipo</th>
          <th>Tomador</th>
          <th>Identificador</th>
          <th className="cartera-num">Prima</th>
          <th className="cartera-num">Días de mora</th>
          <th>Franja</th>
          <th>Inicio vigencia</th>
          <th>Expedición</th>
          <th className="cartera-num">Total a pagar</th>
          <th className="cartera-num">Saldo pendiente</th>
          <th>Clave</th>
          <th>Excel</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.policyId}>
            <td>
              <a href={policyHref(r)}>{r.number}</a>
            </td>
            <td>{lineLabel(r.lineOfBusiness)}</td>
            <td>{TYPE_LABELS[r.type] ?? r.type}</td>
            <td>{r.holderName}</td>
            <td>{r.identifier}</td>
            <td className="cartera-num">{formatPesos(r.premium)}</td>
            <td className="cartera-num">{r.daysPastDue}</td>
            <td>
              <span className={`cartera-bucket cartera-bucket--${r.bucket === '90+' ? '90' : r.bucket}`}>{bucketLabel(r.bucket)}</span>
            </td>
            <td>{formatDayMonthYear(r.coverStart)}</td>
            <td>{formatDayMonthYear(r.issueDate)}</td>
            <td className="cartera-num">{formatPesos(r.totalDue)}</td>
            <td className="cartera-num">{formatPesos(r.pending)}</td>
            <td>{r.clave}</td>
            <td>
              <a href={policyExcelHref(r)} title={`Descargar la póliza ${r.number} en Excel`}>
                .xlsx
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
