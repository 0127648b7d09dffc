/**
 * A legal act as content, before it is laid out: what a template returns and the PDF renderer
 * draws. Plain data, so a template is a pure function legal can read and a test can check.
 */
export type TableColumn = { header: string; width: number; align?: 'left' | 'right' | 'center' }

export type ActBlock =
  /** A section heading (e.g. "CONSIDERANDO", "RESUELVE"). */
  | { kind: 'heading'; text: string }
  /** Running text; `number` prints it as a numbered paragraph ("1."). */
  | { kind: 'paragraph'; text: string; number?: number | string; bold?: boolean }
  /** Widths are fractions of the text width and add up to 1; the last row may be a total. */
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; total?: string[] }

export type Letterhead = {
  insurerName: string
  insurerNit: string
  branchName: string
  branchAddress: string
  branchCity: string
  branchPhone: string
  branchEmail: string
}

export type ActSignature = {
  /** Null while the act is a draft: the block shows a line and "BORRADOR — SIN FIRMA". */
  signerName: string | null
  signerRole: string
  signedOn: string | null
  /** The line above the signature: "NOTIFÍQUESE Y CÚMPLASE" on a decision, "Atentamente," on a letter. */
  closing: string
}

export type ActDocument = {
  title: string
  /** Reference line under the title: case file, act number. */
  reference: string
  /** "Bogotá D.C., primero (1) de diciembre de dos mil veintiséis (2026)". */
  placeAndDate: string
  blocks: ActBlock[]
  signature: ActSignature
}
