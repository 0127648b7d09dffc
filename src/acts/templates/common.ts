import { EXCEPTION_GROUNDS } from '@/rules/cases/paymentOrderTerms'
import { dateInFigures, dateInWords, pesosInWords, periodInWords } from '@/rules/acts/legalWords'
import { formatPesos } from '@/rules/money'
import type { Liquidation, LiquidationLine } from '@/rules/acts/lcdLiquidation'
import type { ActBlock, ActDocument, TableColumn } from '@/acts/actDocument'
import type { ActData } from '@/acts/actData'

/** Shared wording of the templates: how the acts name the debtor, the place and date, the amounts. */

export const CONCEPT_LABELS: Record<string, string> = {
  APORTES_EN_MORA: 'Aportes en mora',
  INEXACTITUD: 'Aportes con inexactitud',
  RECOBRO: 'Recobro de prestaciones',
}

export const groundLabel = (ground: string): string => EXCEPTION_GROUNDS.find((g) => g.value === ground)?.label ?? ground

/** "ACME S.A.S., identificada con NIT 900123456" */
export const debtorIdentified = (data: ActData): string => `${data.debtor.name.toUpperCase()}, identificado(a) con ${data.debtor.idType} ${data.debtor.idNumber}`

export const debtorAddress = (data: ActData): string =>
  [data.debtor.address, data.debtor.city].filter(Boolean).join(', ') || 'la dirección registrada en nuestros sistemas de información'

export const words = (amount: number | null | undefined): string => pesosInWords(amount ?? 0)

/** A date in words and figures, or a blank to fill in when the case does not hold it yet. */
export const on = (date: string | null | undefined): string => (date ? dateInWords(date) : '____ de __________ de ______')

export const short = (date: string | null | undefined): string => (date ? dateInFigures(date) : '—')

export const money = formatPesos

export const paragraph = (text: string, number?: number | string): ActBlock => ({ kind: 'paragraph', text, number })

export const heading = (text: string): ActBlock => ({ kind: 'heading', text })

/** Numbered paragraphs 1…n. */
export const numbered = (texts: string[]): ActBlock[] => texts.map((text, i) => paragraph(text, i + 1))

export const bankAccountText = (data: ActData): string =>
  `${data.bankAccount.accountType} No. ${data.bankAccount.number} del ${data.bankAccount.bank} (titular: ${data.bankAccount.holder})`

/** The columns every debt table opens with: which obligation a row is (period, concept, contributors, due date). */
const OBLIGATION_COLUMNS: TableColumn[] = [
  { header: 'Periodo', width: 0.16 },
  { header: 'Concepto', width: 0.22 },
  { header: 'Cotiz.', width: 0.07, align: 'right' },
  { header: 'Fecha límite de pago', width: 0.13, align: 'center' },
]

const obligationCells = (l: LiquidationLine): string[] => [
  periodInWords(l.period),
  CONCEPT_LABELS[l.concept] ?? l.concept,
  l.contributors === null ? '—' : String(l.contributors),
  short(l.dueDate),
]

const amountColumns = (headers: string[]): TableColumn[] => headers.map((header) => ({ header, width: 0.42 / headers.length, align: 'right' }))

/** R-COB-03: the liquidation by period and concept (capital, interest, total) and its total row. */
export const liquidationTable = (liquidation: Liquidation): ActBlock => ({
  kind: 'table',
  columns: [...OBLIGATION_COLUMNS, ...amountColumns(['Capital', 'Intereses', 'Total'])],
  rows: liquidation.lines.map((l) => [...obligationCells(l), money(l.capital), money(l.interest), money(l.total)]),
  total: ['TOTAL', '', '', '', money(liquidation.capital), money(liquidation.interest), money(liquidation.total)],
})

/** R-COB-02: the presumed debt by period and concept, capital only (interest runs until payment). */
export const debtTable = (debt: ActData['debt']): ActBlock => ({
  kind: 'table',
  columns: [...OBLIGATION_COLUMNS, ...amountColumns(['Capital'])],
  rows: debt.lines.map((l) => [...obligationCells(l), money(l.capital)]),
  total: ['TOTAL', '', '', '', money(debt.capital)],
})

/** R-INT-01: the interest of each line month by month, with the rate in force in each month. */
export const interestByMonthTable = (liquidation: Liquidation): ActBlock => ({
  kind: 'table',
  columns: [
    { header: 'Periodo liquidado', width: 0.2 },
    { header: 'Concepto', width: 0.22 },
    { header: 'Mes de mora', width: 0.26, align: 'center' },
    { header: 'Tasa E.A. vigente', width: 0.14, align: 'right' },
    { header: 'Interés del mes', width: 0.18, align: 'right' },
  ],
  rows: liquidation.lines.flatMap((l) =>
    l.months.map((m) => [
      periodInWords(l.period),
      CONCEPT_LABELS[l.concept] ?? l.concept,
      `${short(m.from)} a ${short(m.to)}`,
      `${m.annualRatePercent.replace('.', ',')} %`,
      money(m.interest),
    ]),
  ),
  total: ['TOTAL INTERESES', '', '', '', money(liquidation.interest)],
})

/** The parts every act shares: place and date, reference, signature (a letter closes "Atentamente,"). */
export const frame = (data: ActData, title: string, blocks: ActBlock[], closing = 'NOTIFÍQUESE Y CÚMPLASE'): ActDocument => ({
  title,
  reference: `Expediente: ${data.caseTitle}`,
  placeAndDate: `${data.letterhead.branchCity}, ${dateInWords(data.date)}`,
  blocks,
  signature: { signerName: data.signer.name, signerRole: data.signer.office, signedOn: data.signer.signedOn, closing },
})

/** 001 §7.3.17: every act states the appeals that lie against it. */
export const appealsStatement = (appeals: string): ActBlock => paragraph(`RECURSOS: ${appeals}`)
