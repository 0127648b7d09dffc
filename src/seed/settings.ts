import { dateField, lastDayOfMonth } from './dates'

/** SMMLV by year (Decretos 2292 de 2023 y 1572 de 2024; 2026 as set for the demo). */
export const DEMO_MINIMUM_WAGES = [
  { year: 2024, amount: 1_300_000 },
  { year: 2025, amount: 1_423_500 },
  { year: 2026, amount: 1_750_905 },
] as const

/**
 * Moratorium rate (effective annual, %) by month, 2024-01 … 2026-12: plausible values that
 * follow the usury ceiling's fall since 2024. Demo figures, not the certified ones.
 */
const MONTHLY_RATES: Record<number, string[]> = {
  2024: ['33.98', '33.95', '33.30', '33.09', '32.38', '31.53', '31.15', '30.21', '29.68', '29.31', '28.72', '28.36'],
  2025: ['28.10', '27.95', '27.79', '27.56', '27.39', '27.18', '26.92', '26.74', '26.55', '26.31', '26.12', '25.94'],
  2026: ['25.81', '25.67', '25.52', '25.38', '25.21', '25.07', '24.93', '24.82', '24.70', '24.58', '24.47', '24.36'],
}

export const DEMO_MORATORIUM_RATES = Object.entries(MONTHLY_RATES).flatMap(([year, rates]) =>
  rates.map((annualRatePercent, index) => {
    const month = index + 1
    return {
      from: dateField(`${year}-${String(month).padStart(2, '0')}-01`),
      to: dateField(lastDayOfMonth(Number(year), month)),
      annualRatePercent,
    }
  }),
)

export const DEMO_SETTINGS = {
  minimumWages: DEMO_MINIMUM_WAGES.map((w) => ({ ...w })),
  moratoriumRates: DEMO_MORATORIUM_RATES,
  extraNonBusinessDays: [],
  // Printed in the LCD and the payment order (001 §7.3.12): the national account of the demo catalogue.
  collectionAccount: { bank: 'Bancolombia', accountType: 'Cuenta corriente' as const, number: '031-000123-45' },
}
