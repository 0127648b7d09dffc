export type AdjustmentRow = { date?: string | null; reason?: string | null }

export type AdjustmentRows = {
  extraNonBusinessDays?: AdjustmentRow[] | null
  struckHolidays?: AdjustmentRow[] | null
}

const daysOf = (rows: AdjustmentRow[] | null | undefined) =>
  new Map((rows ?? []).filter((r) => r.date).map((r) => [r.date!.slice(0, 10), r.reason ?? '']))

function changesOf(what: string, before: AdjustmentRow[] | null | undefined, after: AdjustmentRow[] | null | undefined): string[] {
  const old = daysOf(before)
  const now = daysOf(after)
  const added = [...now].filter(([date]) => !old.has(date)).sort()
  const removed = [...old].filter(([date]) => !now.has(date)).sort()
  return [
    ...added.map(([date, reason]) => `${what} ${date} agregado${reason ? ` (${reason})` : ''}`),
    ...removed.map(([date]) => `${what} ${date} retirado`),
  ]
}

/**
 * What an administrator's change of the settings did to the business calendar (extra
 * non-business days, struck holidays), in Spanish for the case file; null when no day changed
 * (a new reason on the same day, or a change of other settings, moves no term).
 */
export function describeAdjustmentsChange(before: AdjustmentRows, after: AdjustmentRows): string | null {
  const changes = [
    ...changesOf('día no hábil adicional', before.extraNonBusinessDays, after.extraNonBusinessDays),
    ...changesOf('festivo descartado', before.struckHolidays, after.struckHolidays),
  ]
  return changes.length > 0 ? `Parámetros: ${changes.join('; ')}` : null
}
