import { ARREARS_BUCKETS } from '@/rules/arrears'
import { AGREEMENT_STANDING, CASE_AGE_BUCKETS, TRANSITION_TARGETS } from '@/rules/indicators/figures'
import { LINES_OF_BUSINESS } from '@/rules/linesOfBusiness'
import { formatPesos, isPesos } from '@/rules/money'
import { STAGE_OPTIONS } from '@/rules/cases/stages'

/**
 * The stored figures of a snapshot or a report (json fields) as the tables the admin shows:
 * Spanish headings, codes as their labels, pesos with thousands separators, ids as names (the
 * caller passes the names it may read). Pure: the data stays as stored; only its display is built here.
 */
export type FigureCell = { text: string; numeric: boolean }
export type FigureTable = { caption?: string; head: { text: string; numeric: boolean }[]; rows: FigureCell[][] }
export type FigureNames = { branches?: Record<string, string> }

/** Spanish headings of the keys the figures use. */
const HEADINGS: Record<string, string> = {
  branch: 'Sucursal',
  lineOfBusiness: 'Ramo',
  bucket: 'Franja de mora',
  from: 'Franja anterior',
  to: 'Franja actual',
  policies: 'Pólizas',
  amount: 'Valor',
  stage: 'Etapa',
  age: 'Antigüedad',
  cases: 'Expedientes',
  capital: 'Capital',
  standing: 'Estado',
  agreements: 'Acuerdos',
  payments: 'Pagos',
  period: 'Periodo',
  channel: 'Canal',
  label: 'Concepto',
  count: 'Cantidad',
  total: 'Valor total',
  paid: 'Pagado',
  debtor: 'Deudor',
  debtorName: 'Deudor',
  filename: 'Archivo',
  category: 'Categoría',
  description: 'Descripción',
  createdOn: 'Fecha',
  subState: 'Estado',
  actionsByChannel: 'Gestiones por canal',
  actionsTotal: 'Gestiones del mes',
  debtsAssigned: 'Deudas asignadas',
  debtsValidated: 'Deudas validadas (con gestión en el mes)',
  debtors: 'Deudores',
  paymentsObtained: 'Pagos obtenidos',
  agreementsObtained: 'Acuerdos obtenidos',
  agreementsInForce: 'Acuerdos vigentes',
  balancesToAdjust: 'Saldos a ajustar',
  evidence: 'Documentos soporte',
  casesByStage: 'Expedientes por etapa',
  openDebtors: 'Deudores con saldo abierto',
  openCapital: 'Capital abierto',
  recovered: 'Recaudado en el mes',
  recoveryPercent: 'Recaudo sobre el capital (%)',
  workedDebtors: 'Deudores gestionados',
  workedPercent: 'Deudores gestionados (%)',
  newAssignments: 'Deudores asignados en el mes',
  bySubState: 'Expedientes por estado',
  measuresOrdered: 'Medidas decretadas en el mes',
  measuresInForce: 'Medidas vigentes al cierre',
  difficulties: 'Dificultades presentadas',
  // Portfolio imports.
  parties: 'Terceros',
  certificates: 'Certificados',
  inserted: 'Creados',
  deleted: 'Eliminados',
  created: 'Creados',
  updated: 'Actualizados',
  unchanged: 'Sin cambios',
  line: 'Línea',
  column: 'Columna',
  reason: 'Motivo',
  message: 'Motivo',
  // An audit entry's changes.
  field: 'Campo',
  before: 'Antes',
  after: 'Después',
}

/** Keys whose numbers are pesos. */
const MONEY = new Set(['amount', 'capital', 'total', 'paid', 'openCapital', 'recovered'])
/** Keys whose numbers are percentages (already ×100). */
const PERCENT = new Set(['recoveryPercent', 'workedPercent'])
/** Keys holding an ISO date. */
const DATES = new Set(['createdOn', 'paidOn', 'approvedOn', 'orderedOn', 'liftedOn', 'date', 'before', 'after'])

const labelsOf = (list: readonly { value: string; label: string }[]) => Object.fromEntries(list.map((o) => [o.value, o.label]))
const BUCKETS = labelsOf(ARREARS_BUCKETS)
/** Codes shown as their labels, by key. */
const CODES: Record<string, Record<string, string>> = {
  bucket: BUCKETS,
  from: BUCKETS,
  to: { ...BUCKETS, ...labelsOf(TRANSITION_TARGETS.options) },
  age: labelsOf(CASE_AGE_BUCKETS),
  standing: labelsOf(AGREEMENT_STANDING.options),
  lineOfBusiness: labelsOf(LINES_OF_BUSINESS),
  stage: labelsOf(STAGE_OPTIONS),
}

export const headingOf = (key: string): string =>
  HEADINGS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())

/** A whole number with es-CO grouping: 12345 → "12.345". */
export const formatCount = (n: number): string => {
  const [whole, decimals] = String(Math.abs(n)).split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${n < 0 ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})/

/** One value as the admin shows it under `key`. */
export const formatFigure = (key: string, value: unknown, names: FigureNames = {}): FigureCell => {
  if (value === null || value === undefined || value === '') {
    return { text: key === 'branch' ? 'Sin sucursal' : '—', numeric: false }
  }
  if (key === 'branch' && (typeof value === 'number' || typeof value === 'string')) {
    return { text: names.branches?.[String(value)] ?? `Sucursal ${value}`, numeric: false }
  }
  if (typeof value === 'number') {
    if (MONEY.has(key)) return { text: isPesos(value) ? formatPesos(value) : `$ ${formatCount(value)}`, numeric: true }
    if (PERCENT.has(key)) return { text: `${formatCount(value)} %`, numeric: true }
    return { text: formatCount(value), numeric: true }
  }
  if (typeof value === 'string') {
    const code = CODES[key]?.[value]
    if (code) return { text: code, numeric: false }
    const date = DATES.has(key) ? isoDate.exec(value) : null
    if (date) return { text: `${date[3]}/${date[2]}/${date[1]}`, numeric: false }
    return { text: value, numeric: false }
  }
  if (typeof value === 'boolean') return { text: value ? 'Sí' : 'No', numeric: false }
  if (Array.isArray(value)) return { text: value.map((v) => formatFigure(key, v, names).text).join(', '), numeric: false }
  if (typeof value === 'object') {
    const object = value as Row
    return { text: orderedKeys(Object.keys(object)).map((k) => `${headingOf(k)}: ${formatFigure(k, object[k], names).text}`).join(' · '), numeric: false }
  }
  return { text: String(value), numeric: false }
}

/**
 * The order keys are shown in: PostgreSQL's jsonb stores an object's keys by length, not as written.
 * Who or what a row is about first, then its counts, then its amounts.
 */
const KEY_ORDER = [
  'period', 'branch', 'lineOfBusiness', 'bucket', 'from', 'to', 'stage', 'subState', 'age', 'standing', 'channel', 'label',
  'debtor', 'debtorName', 'filename', 'category', 'description', 'createdOn', 'line', 'column', 'reason', 'message',
  'parties', 'policies', 'certificates', 'cases', 'agreements', 'debtors', 'count', 'payments', 'inserted', 'created', 'updated', 'unchanged', 'deleted',
  // An audit entry's changes (auditChangeRows).
  'field', 'before', 'after',
  'capital', 'amount', 'total', 'paid',
  // A firm's reports, in the order of the manual's items.
  'actionsTotal', 'actionsByChannel', 'debtsAssigned', 'debtsValidated', 'openDebtors', 'openCapital', 'casesByStage', 'bySubState',
  'recovered', 'recoveryPercent', 'paymentsObtained', 'agreementsInForce', 'agreementsObtained', 'measuresOrdered', 'measuresInForce',
  'workedDebtors', 'workedPercent', 'newAssignments', 'balancesToAdjust', 'evidence', 'difficulties',
]
const rank = (key: string) => {
  const i = KEY_ORDER.indexOf(key)
  return i === -1 ? KEY_ORDER.length : i
}
/** Keys in display order (unknown keys last, as stored). */
export const orderedKeys = (keys: string[]): string[] => [...keys].sort((a, b) => rank(a) - rank(b))

type Row = Record<string, unknown>
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Columns of a list of rows: ids hidden where a name or label stands for them. */
const columnsOf = (rows: Row[]): string[] => {
  const keys = orderedKeys([...new Set(rows.flatMap((r) => Object.keys(r)))])
  const hidden = new Set<string>(['id'])
  if (keys.includes('debtorName')) hidden.add('debtor')
  if (keys.includes('label')) for (const code of ['channel', 'stage', 'subState']) hidden.add(code)
  return keys.filter((k) => !hidden.has(k))
}

/** A list of rows as one table (a list of plain values: one column). */
export const tableOfRows = (rows: unknown[], names: FigureNames = {}, caption?: string): FigureTable => {
  if (!rows.every(isRow)) {
    return { caption, head: [{ text: 'Valor', numeric: false }], rows: rows.map((v) => [formatFigure('', v, names)]) }
  }
  const columns = columnsOf(rows)
  const body = rows.map((r) => columns.map((c) => formatFigure(c, r[c], names)))
  return {
    caption,
    head: columns.map((c, i) => ({ text: headingOf(c), numeric: body.length > 0 && body.every((r) => r[i]!.numeric || r[i]!.text === '—') })),
    rows: body,
  }
}

/**
 * Any stored figures as tables: a list of rows is one table; an object is a "Concepto / Valor"
 * table of its single values (a nested {count, amount} reads "Cantidad: 3 · Valor: $ 4.600.000"),
 * followed by one table per list it holds, captioned with its heading.
 */
export const figureTables = (value: unknown, names: FigureNames = {}): FigureTable[] => {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return [tableOfRows(value, names)]
  if (!isRow(value)) return [{ head: [{ text: 'Valor', numeric: false }], rows: [[formatFigure('', value, names)]] }]
  const entries = orderedKeys(Object.keys(value)).map((k): [string, unknown] => [k, value[k]])
  const summary: FigureCell[][] = entries
    .filter(([, v]) => !Array.isArray(v))
    .map(([k, v]) => [{ text: headingOf(k), numeric: false }, formatFigure(k, v, names)])
  const lists = entries.filter((e): e is [string, unknown[]] => Array.isArray(e[1])).map(([k, v]) => tableOfRows(v, names, headingOf(k)))
  const head = [
    { text: 'Concepto', numeric: false },
    { text: 'Valor', numeric: false },
  ]
  return [...(summary.length ? [{ head, rows: summary }] : []), ...lists]
}

/**
 * An audit entry's changes ([{ field, from, to }], src/audit/diffDocuments.ts) as rows of
 * Campo / Antes / Después, each field by its label in the audited collection. Renamed keys, so a
 * value is shown as stored (a changed status is not read as an arrears bucket).
 */
export const auditChangeRows = (changes: unknown, labelOf: (field: string) => string): unknown => {
  if (!Array.isArray(changes) || !changes.every((c) => isRow(c) && typeof c.field === 'string')) return changes
  return changes.map((c: Row) => ({ field: labelOf(c.field as string), before: c.from, after: c.to }))
}
