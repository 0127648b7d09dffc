import { IMPORT_KIND, type ImportKind } from './importOptions'

/**
 * The core system's column headers per file kind, header → staged column (docs/import.md).
 * Every column is staged as text; the row rules type and check it.
 */
export const PARTY_COLUMNS = {
  TIPO_DOC: 'id_type',
  NUM_DOC: 'id_number',
  DV: 'check_digit',
  NOMBRES: 'first_name',
  APELLIDOS: 'last_name',
  RAZON_SOCIAL: 'business_name',
  SUCURSAL: 'branch_code',
} as const

export const POLICY_COLUMNS = {
  NUM_POLIZA: 'policy_number',
  TIPO_POLIZA: 'policy_type',
  RAMO: 'line_of_business',
  PLACA: 'plate',
  TIPO_DOC_TOMADOR: 'holder_id_type',
  NUM_DOC_TOMADOR: 'holder_id_number',
  FECHA_EXPEDICION: 'issue_date',
  INICIO_VIGENCIA: 'cover_start',
  FIN_VIGENCIA: 'cover_end',
  PRIMA: 'premium',
  ESTADO: 'status',
  FECHA_CANCELACION: 'cancelled_at',
  CLAVE: 'clave',
  SUCURSAL: 'branch_code',
  NUM_CERTIFICADO: 'certificate_number',
  ASEGURADO: 'insured',
  VALOR_CERTIFICADO: 'amount_due',
  VENCIMIENTO: 'due_date',
  VALOR_PAGADO: 'amount_paid',
} as const

export const PAYMENT_COLUMNS = {
  NUM_RECIBO: 'receipt_number',
  NUM_POLIZA: 'policy_number',
  FECHA_PAGO: 'paid_on',
  VALOR: 'amount',
  MEDIO_PAGO: 'kind',
  CUENTA: 'bank_account',
  SUCURSAL_BANCARIA: 'bank_branch',
  NUM_AUTORIZACION: 'authorization_number',
  FRANQUICIA: 'franchise',
} as const

/** Columns a file may leave out entirely (their cells are then empty). */
const OPTIONAL: Record<ImportKind, readonly string[]> = {
  [IMPORT_KIND.parties]: ['DV', 'NOMBRES', 'APELLIDOS', 'RAZON_SOCIAL'],
  [IMPORT_KIND.policies]: ['PLACA', 'FECHA_CANCELACION', 'ASEGURADO', 'VALOR_PAGADO', 'TIPO_POLIZA', 'ESTADO'],
  // A file of transfers only has no card columns, one of card payments no bank columns.
  [IMPORT_KIND.payments]: ['CUENTA', 'SUCURSAL_BANCARIA', 'NUM_AUTORIZACION', 'FRANQUICIA'],
}

export const COLUMNS_OF: Record<ImportKind, Record<string, string>> = {
  [IMPORT_KIND.parties]: PARTY_COLUMNS,
  [IMPORT_KIND.policies]: POLICY_COLUMNS,
  [IMPORT_KIND.payments]: PAYMENT_COLUMNS,
}

/** The header of each staged column, to name it in a row error. */
export const headerOf = (kind: ImportKind, column: string): string =>
  Object.entries(COLUMNS_OF[kind]).find(([, c]) => c === column)?.[0] ?? column

/** The headers a file must have for its kind; a missing one refuses the whole file (there is no row to blame). */
export const missingHeaders = (kind: ImportKind, header: readonly string[]): string[] => {
  const given = new Set(header.map((h) => h.trim().toUpperCase()))
  return Object.keys(COLUMNS_OF[kind]).filter((h) => !OPTIONAL[kind].includes(h) && !given.has(h))
}

/** Guesses the kind of a file from its header (the CLI's default when --kind is not given). */
export const kindOfHeader = (header: readonly string[]): ImportKind | null => {
  const given = new Set(header.map((h) => h.trim().toUpperCase()))
  if (given.has('NUM_RECIBO')) return IMPORT_KIND.payments
  if (given.has('NUM_POLIZA')) return IMPORT_KIND.policies
  if (given.has('NUM_DOC')) return IMPORT_KIND.parties
  return null
}
