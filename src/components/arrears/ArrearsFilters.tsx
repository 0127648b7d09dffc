import { ARREARS_BUCKETS } from '@/rules/arrears'
import { LINES_OF_BUSINESS } from '@/rules/linesOfBusiness'

/**
 * R-CAR-03: the filters as a plain GET form, so the query string is the state (a link can be
 * shared, and the page renders on the server without client code).
 */
export const ArrearsFilters = ({
  action,
  filters,
  branchOptions,
}: {
  action: string
  filters: Record<string, string>
  branchOptions: { value: number; label: string }[]
}) => (
  <form className="cartera-filters" method="get" action={action}>
    <label>
      <span>Cifras al</span>
      <input type="date" name="asOf" defaultValue={filters.asOf} />
    </label>
    <label>
      <span>Franja de mora</span>
      <select name="bucket" defaultValue={filters.bucket ?? ''}>
        <option value="">Todas</option>
        {ARREARS_BUCKETS.map((b) => (
          <option key={b.value} value={b.value}>
            {b.label}
          </option>
        ))}
      </select>
    </label>
    <label>
      <span>Rango sobre</span>
      <select name="dateField" defaultValue={filters.dateField ?? 'coverStart'}>
        <option value="coverStart">Inicio de vigencia</option>
        <option value="issueDate">Fecha de expedición</option>
      </select>
    </label>
    <label>
      <span>Desde</span>
      <input type="date" name="from" defaultValue={filters.from} />
    </label>
    <label>
      <span>Hasta</span>
      <input type="date" name="to" defaultValue={filters.to} />
    </label>
    <label>
      <span>Ramo</span>
      <select name="lineOfBusiness" defaultValue={filters.lineOfBusiness ?? ''}>
        <option value="">Todos</option>
        {LINES_OF_BUSINESS.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
    <label>
      <span>Clave</span>
      <input type="text" name="clave" inputMode="numeric" defaultValue={filters.clave} placeholder="Ej.: 90833" size={8} />
    </label>
    {branchOptions.length > 0 && (
      <label>
        <span>Sucursal</span>
        <select name="branch" defaultValue={filters.branch ?? ''}>
          <option value="">Todas</option>
          {branchOptions.map((b) => (
            <option key={b.value} value={b.value}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
    )}
    <div className="cartera-filters__actions">
      <button type="submit" className="btn btn--style-primary btn--size-small">
        Filtrar
      </button>
      <a className="btn btn--style-secondary btn--size-small" href={action}>
        Limpiar
      </a>
    </div>
  </form>
)
