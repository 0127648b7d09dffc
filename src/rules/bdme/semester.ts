import { RuleViolation } from '@/rules/ruleViolation'
import { inForceOn, type BdmeEntryFacts } from './bdmeEntry'

export type BdmeSemester = { year: number; semester: 1 | 2; from: string; cutOff: string }

/**
 * Ley 901 de 2004, art. 2 par. 3: the bulletin is filed twice a year with cut-off on 31 May and
 * 30 November (sent in the first ten days of June and December). Semester 1 of a year runs from
 * 1 December of the year before to 31 May; semester 2 from 1 June to 30 November.
 */
export const bdmeSemester = (year: number, semester: number): BdmeSemester => {
  if (!Number.isInteger(year) || year < 2004 || year > 2100 || (semester !== 1 && semester !== 2)) {
    throw new RuleViolation('R-ROL-05', 'Indique un año (desde 2004) y un semestre (1 o 2) válidos.')
  }
  return semester === 1
    ? { year, semester, from: `${year - 1}-12-01`, cutOff: `${year}-05-31` }
    : { year, semester, from: `${year}-06-01`, cutOff: `${year}-11-30` }
}

export type BdmeLineState = 'REPORTADO' | 'RETIRADO'

/**
 * The lines of a semester's filing: every report in force at the cut-off (REPORTADO) and every report
 * withdrawn during the semester (RETIRADO), so the bulletin adds the first and drops the second.
 */
export const semesterStateOf = (entry: BdmeEntryFacts, period: BdmeSemester): BdmeLineState | null => {
  if (inForceOn(entry, period.cutOff)) return 'REPORTADO'
  const withdrawn = entry.withdrawnOn?.slice(0, 10)
  return withdrawn && withdrawn >= period.from && withdrawn <= period.cutOff ? 'RETIRADO' : null
}
