import { formatPesos } from '@/rules/money'
import type { CoactiveFigures, FirmClosingFigures, FirmManagementFigures } from './reportFigures'
import { REPORT_KIND, reportKindLabel } from './reportOptions'

/** One table of a report: the same rows go to the PDF and to a sheet of the Excel file. */
export type ReportTable = {
  title: string
  /** Column headers, widths as fractions of the page (adding up to 1) and whether they hold money. */
  columns: { header: string; width: number; money?: boolean; number?: boolean }[]
  rows: (string | number)[][]
}

/** A report as content before layout: a summary (label → value) and its tables. */
export type ReportContent = {
  title: string
  summary: { label: string; value: string | number; money?: boolean }[]
  tables: ReportTable[]
  notes?: string
}

const pct = (n: number) => `${String(n).replace('.', ',')} %`

const managementContent = (f: FirmManagementFigures): ReportContent => ({
  title: reportKindLabel(REPORT_KIND.firmManagement),
  summary: [
    { label: 'Gestiones realizadas en el mes', value: f.actionsTotal },
    { label: 'Deudores asignados (con expedientes abiertos)', value: f.debtsAssigned.debtors },
    { label: 'Capital abierto asignado', value: f.debtsAssigned.capital, money: true },
    { label: 'Deudas validadas (deudores gestionados en el mes)', value: f.debtsValidated.debtors },
    { label: 'Capital de las deudas validadas', value: f.debtsValidated.capital, money: true },
    { label: 'Pagos obtenidos (número)', value: f.paymentsObtained.count },
    { label: 'Pagos obtenidos (valor)', value: f.paymentsObtained.amount, money: true },
    { label: 'Acuerdos de pago obtenidos (número)', value: f.agreementsObtained.count },
    { label: 'Acuerdos de pago obtenidos (valor)', value: f.agreementsObtained.total, money: true },
  ],
  tables: [
    {
      title: 'Gestiones por canal',
      columns: [{ header: 'Canal', width: 0.7 }, { header: 'Gestiones', width: 0.3, number: true }],
      rows: f.actionsByChannel.map((c) => [c.label, c.count]),
    },
    {
      title: 'Saldos por ajustar',
      columns: [{ header: 'Deudor', width: 0.55 }, { header: 'Pagos', width: 0.15, number: true }, { header: 'Valor pagado', width: 0.3, money: true }],
      rows: f.balancesToAdjust.map((b) => [b.debtorName, b.payments, b.paid]),
    },
    {
      title: 'Soportes y evidencias de la gestión',
      columns: [{ header: 'Fecha', width: 0.18 }, { header: 'Archivo', width: 0.42 }, { header: 'Tipo', width: 0.15 }, { header: 'Descripción', width: 0.25 }],
      rows: f.evidence.map((e) => [e.createdOn, e.filename, e.category, e.description]),
    },
  ],
})

const closingContent = (f: FirmClosingFigures): ReportContent => ({
  title: reportKindLabel(REPORT_KIND.firmClosing),
  summary: [
    { label: 'Deudores con expedientes abiertos al cierre', value: f.openDebtors },
    { label: 'Capital abierto al cierre', value: f.openCapital, money: true },
    { label: 'Recaudo del mes', value: f.recovered, money: true },
    { label: 'Recaudo sobre el capital gestionado', value: pct(f.recoveryPercent) },
    { label: 'Acuerdos vigentes (número)', value: f.agreementsInForce.count },
    { label: 'Acuerdos vigentes (valor)', value: f.agreementsInForce.total, money: true },
    { label: 'Acuerdos obtenidos en el mes', value: f.agreementsObtained.count },
    { label: 'Deudores gestionados en el mes', value: f.workedDebtors },
    { label: 'Deudores gestionados sobre los abiertos', value: pct(f.workedPercent) },
    { label: 'Deudores asignados en el mes', value: f.newAssignments },
  ],
  tables: [
    {
      title: 'Expedientes por etapa',
      columns: [{ header: 'Etapa', width: 0.5 }, { header: 'Expedientes', width: 0.2, number: true }, { header: 'Capital', width: 0.3, money: true }],
      rows: f.casesByStage.map((s) => [s.label, s.count, s.capital]),
    },
  ],
})

const coactiveContent = (f: CoactiveFigures): ReportContent => ({
  title: reportKindLabel(REPORT_KIND.coactive),
  summary: [
    { label: 'Expedientes en cobro coactivo', value: f.cases },
    { label: 'Capital en cobro coactivo', value: f.capital, money: true },
    { label: 'Medidas cautelares decretadas en el mes', value: f.measuresOrdered.count },
    { label: 'Valor de las medidas decretadas en el mes', value: f.measuresOrdered.amount, money: true },
    { label: 'Medidas vigentes al cierre', value: f.measuresInForce.count },
    { label: 'Valor de las medidas vigentes', value: f.measuresInForce.amount, money: true },
    { label: 'Pagos recibidos en el mes', value: f.recovered.count },
    { label: 'Valor recuperado en el mes', value: f.recovered.amount, money: true },
  ],
  tables: [
    {
      title: 'Expedientes por estado',
      columns: [{ header: 'Estado', width: 0.7 }, { header: 'Expedientes', width: 0.3, number: true }],
      rows: f.bySubState.map((s) => [s.label, s.count]),
    },
  ],
  notes: f.difficulties || 'Sin dificultades registradas.',
})

/** The content of a report of a kind from its figures; PDF and Excel are laid out from it. */
export const reportContent = (kind: string, figures: unknown): ReportContent => {
  if (kind === REPORT_KIND.firmManagement) return managementContent(figures as FirmManagementFigures)
  if (kind === REPORT_KIND.firmClosing) return closingContent(figures as FirmClosingFigures)
  return coactiveContent(figures as CoactiveFigures)
}

/** A cell as the PDF prints it: money as pesos, numbers as they are. */
export const printed = (value: string | number, money?: boolean) => (money && typeof value === 'number' ? formatPesos(value) : String(value))
