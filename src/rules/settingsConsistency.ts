import { RuleViolation } from './ruleViolation'

type SettingsShape = {
  minimumWages?: { year?: number | null }[] | null
  moratoriumRates?: { from?: string | null; to?: string | null; annualRatePercent?: string | null }[] | null
}

const RATE = /^\d{1,2}(\.\d{1,4})?$/

/** One SMMLV per year; rate periods well formed and not overlapping, so every date has one rate (R-INT-01). */
export const assertSettingsConsistent = (settings: SettingsShape): void => {
  const years = (settings.minimumWages ?? []).map((w) => w.year)
  if (new Set(years).size !== years.length) {
    throw new RuleViolation('R-INT-01', 'Hay más de un SMMLV para el mismo año.')
  }
  const periods = (settings.moratoriumRates ?? [])
    .map((p) => ({ ...p, fromTime: new Date(p.from ?? '').getTime(), toTime: new Date(p.to ?? '').getTime() }))
    .sort((a, b) => a.fromTime - b.fromTime)
  periods.forEach((period, index) => {
    if (!RATE.test(period.annualRatePercent ?? '')) {
      throw new RuleViolation('R-INT-01', `La tasa "${period.annualRatePercent}" no es un porcentaje válido (p. ej. 26.76).`)
    }
    if (!(period.toTime >= period.fromTime)) {
      throw new RuleViolation('R-INT-01', 'Cada periodo de tasa debe terminar después de empezar.')
    }
    const next = periods[index + 1]
    if (next && next.fromTime <= period.toTime) {
      throw new RuleViolation('R-INT-01', 'Los periodos de tasa de interés no pueden superponerse.')
    }
  })
}
