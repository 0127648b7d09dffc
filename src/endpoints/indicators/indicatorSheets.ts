import type { XlsxSheet } from '@/export/streamXlsx'
import type { IndicatorsData } from '@/indicators/loadIndicators'

const PESOS = '#,##0'
const PERCENT = '0.00%'

/** The tables behind each chart of /admin/indicadores, one sheet each, as the Excel download gives them. */
export const indicatorSheets = (data: IndicatorsData): XlsxSheet[] => [
  {
    sheetName: 'Mora por franja',
    columns: [
      { header: 'Periodo', key: 'period', width: 10 },
      ...data.buckets.flatMap((b) => [
        { header: `${b.label} (pólizas)`, key: `${b.value}:policies`, width: 14 },
        { header: `${b.label} ($)`, key: `${b.value}:amount`, width: 16, numFmt: PESOS },
      ]),
      { header: 'Total pólizas', key: 'policies', width: 12 },
      { header: 'Total en mora ($)', key: 'amount', width: 18, numFmt: PESOS },
    ],
    rows: data.evolution.map((e) => ({
      period: e.period,
      policies: e.policies,
      amount: e.amount,
      ...Object.fromEntries(e.buckets.flatMap((b) => [[`${b.bucket}:policies`, b.policies], [`${b.bucket}:amount`, b.amount]])),
    })),
  },
  {
    sheetName: 'Tasas de rodamiento',
    columns: [
      { header: 'Franja el mes anterior', key: 'label', width: 20 },
      { header: 'Saldo el mes anterior ($)', key: 'amount', width: 20, numFmt: PESOS },
      { header: 'Rodó a franjas siguientes', key: 'rolled', width: 16, numFmt: PERCENT },
      { header: 'A la franja siguiente', key: 'toNext', width: 16, numFmt: PERCENT },
      { header: 'Permaneció', key: 'stayed', width: 12, numFmt: PERCENT },
      { header: 'Mejoró', key: 'improved', width: 12, numFmt: PERCENT },
      { header: 'Pagada', key: 'paid', width: 12, numFmt: PERCENT },
      { header: 'Salió de la cartera', key: 'gone', width: 14, numFmt: PERCENT },
    ],
    rows: data.rollRates,
  },
  {
    sheetName: 'Recaudo del mes',
    columns: [
      { header: 'Periodo', key: 'period', width: 10 },
      { header: 'Pagos', key: 'payments', width: 10 },
      { header: 'Recaudo ($)', key: 'amount', width: 18, numFmt: PESOS },
    ],
    rows: data.recovery,
  },
  {
    sheetName: 'Expedientes',
    columns: [
      { header: 'Etapa', key: 'label', width: 18 },
      ...data.ageBuckets.map((a) => ({ header: a.label, key: a.value, width: 14 })),
      { header: 'Total', key: 'cases', width: 10 },
      { header: 'Capital ($)', key: 'capital', width: 18, numFmt: PESOS },
    ],
    rows: data.cases.map((c) => ({ label: c.label, cases: c.cases, capital: c.capital, ...c.byAge })),
  },
  {
    sheetName: 'Acuerdos de pago',
    columns: [
      { header: 'Periodo', key: 'period', width: 10 },
      { header: 'Al día', key: 'met', width: 10 },
      { header: 'Incumplidos', key: 'inDefault', width: 12 },
      { header: '% incumplidos', key: 'defaultRate', width: 14, numFmt: PERCENT },
    ],
    rows: data.agreements,
  },
]
