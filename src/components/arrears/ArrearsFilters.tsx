import { dayMonthYearOf } from '@/rules/dates/dayMonthYear'
import { ARREARS_BUCKETS } from '@/rules/arrears'
import { LINES_OF_BUSINESS } from '@/rules/linesOfBusiness'

/** A date typed as dd/MM/yyyy whatever the browser's locale (a type="date" input follows the browser's). */
const DayMonthYearInput = ({ name, value }: { name: string; value?: string }) => (
  <input
    type="text"
    name={name}
    defaultValue={dayMonthYearOf(value)}
    placeholder="dd/mm/aaaa"
    pattern={String.raw`\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}`}
    title="Fecha con el formato dd/mm/aaaa"
    inputMode="numeric"
    size={10}
    autoComplete="off"
  />
)

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
      <span>Buscar</span>
      <input
        type="search"
        name="q"
        defaultValue={filters.q}
        placeholder="Póliza, tomador, identificación, placa…"
        minLength={2}
        maxLength={80}
        size={28}
        autoComplete="off"
      />
    </label>
    <label>
      <span>Cifras al</span>
      <DayMonthYearInput name="asOf" value={filters.asOf} />
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
      <DayMonthYearInput name="from" value={filters.from} />
    </label>
    <label>
      <span>Hasta</span>
      <DayMonthYearInput name="to" value={filters.to} />
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
