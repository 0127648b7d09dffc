import type { ActData } from '@/acts/actData'
import { liquidateForLcd } from '@/rules/acts/lcdLiquidation'

export const RATES = [
  { from: '2025-01-01', to: '2025-12-31', annualRatePercent: '25' },
  { from: '2026-01-01', to: '2026-12-31', annualRatePercent: '26.76' },
]

/** A demo-like case as the loader hands it to the templates: two periods, two concepts. */
export const actData = (overrides: Partial<ActData> = {}): ActData => {
  const lines = [
    { period: '2026-01', concept: 'APORTES_EN_MORA', contributors: 3, capital: 1_234_567, dueDate: '2026-02-16' },
    { period: '2026-02', concept: 'RECOBRO', contributors: null, capital: 2_000_000, dueDate: '2026-03-16' },
  ]
  const liquidation = liquidateForLcd({
    lines,
    cutOffDate: '2026-06-30',
    rates: RATES,
  })
  return {
    kind: 'LCD',
    date: '2026-07-01',
    letterhead: {
      insurerName: 'Aseguradora Demo S.A.',
      insurerNit: '860.011.153-6',
      branchName: 'Bogotá',
      branchAddress: 'Calle 26 # 68-91',
      branchCity: 'Bogotá D.C.',
      branchPhone: '601 330 7000',
      branchEmail: 'bogota@aseguradora.example',
    },
    bankAccount: { bank: 'Banco de Bogotá', accountType: 'Cuenta corriente', number: '000-12345-6', holder: 'Aseguradora Demo S.A.' },
    caseTitle: 'COB-2026-0001',
    stage: 'PREJURIDICO',
    debtor: { name: 'Constructora Ñandú S.A.S.', idType: 'NIT', idNumber: '900123456', address: 'Carrera 7 # 12-34', city: 'Bogotá', email: 'pagos@nandu.example' },
    debt: { lines, capital: 3_234_567 },
    lcd: { ...liquidation, cutOffDate: '2026-06-30', issuedOn: '2026-07-01', notifiedOn: null, finalOn: null },
    titles: [{ caseTitle: 'COB-2026-0001', issuedOn: '2026-07-01', finalOn: '2026-08-01', capital: liquidation.capital, interest: liquidation.interest, total: liquidation.total }],
    paymentOrder: { number: 'MP-2026-0007', issuedOn: '2026-09-01', amount: liquidation.total, notifiedOn: null, responseDeadline: null },
    notification: null,
    exceptions: [],
    auction: { appraisal: null, announcedOn: null, auctionOn: null, baseBid: null, deposit: null, balanceDueBy: null },
    defaultNotice: { arisenOn: '2026-02-17', identifiedOn: '2026-02-20' },
    signer: { name: null, office: 'Gerente de Sucursal', signedOn: null },
    ...overrides,
  }
}
