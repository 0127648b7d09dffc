import { addMonthsIso } from '@/rules/cases/months'
import type { BranchCode } from './branches'
import { addDays } from './dates'
import type { WalkTarget } from './walkCase'

export type DemoCasePlan = {
  branch: BranchCode
  target: WalkTarget
  /** Oldest due date of the debt. */
  dueDate: string
  capital: number
  /** E-mail of the demo user responsible for the case (gets it in "mis expedientes"). */
  responsible: string
  embargo?: boolean
}

/**
 * Cases of the portfolio's debtors in every working stage, dated from `today` so that each
 * worklist holds overdue terms, terms due within five days and terms in time (the comment is the
 * term the case's next deadline is, and roughly where it falls).
 */
export const buildDemoCasePlan = (today: string): DemoCasePlan[] => {
  const daysAgo = (days: number) => addDays(today, -days)
  // The LCD must be issued within six months of the due date (R-COB-03): due three days from now.
  const lcdLimitSoon = (extra: number) => addDays(addMonthsIso(today, -6), 3 + extra)
  return [
    // Bogotá
    { branch: 'BOG', target: 'GESTION_PERSUASIVA', dueDate: daysAgo(200), capital: 2_850_000, responsible: 'profesional.bogota@demo.co' }, // LCD limit, overdue
    { branch: 'BOG', target: 'GESTION_PERSUASIVA', dueDate: daysAgo(100), capital: 4_100_000, responsible: 'profesional.bogota@demo.co' }, // LCD limit, in time
    { branch: 'BOG', target: 'CONSTITUIDO_EN_MORA', dueDate: lcdLimitSoon(0), capital: 3_300_000, responsible: 'profesional.bogota@demo.co' }, // LCD limit, due soon
    { branch: 'BOG', target: 'LCD_EN_PROYECTO', dueDate: daysAgo(195), capital: 6_750_000, responsible: 'gerente.bogota@demo.co' }, // LCD limit, overdue
    { branch: 'BOG', target: 'LCD_FIRMADA', dueDate: daysAgo(82), capital: 5_200_000, responsible: 'gerente.bogota@demo.co' }, // no open term: cite the debtor
    { branch: 'BOG', target: 'EN_NOTIFICACION', dueDate: daysAgo(85), capital: 3_950_000, responsible: 'gerente.bogota@demo.co' }, // citation unanswered: post the notice, due soon
    { branch: 'BOG', target: 'NOTIFICADA', dueDate: daysAgo(92), capital: 7_400_000, responsible: 'profesional.bogota@demo.co' }, // appeal term, in time
    { branch: 'BOG', target: 'EN_FIRME', dueDate: daysAgo(130), capital: 9_800_000, responsible: 'gerente.recaudo@demo.co' }, // first contact, overdue
    { branch: 'BOG', target: 'MANDAMIENTO_NOTIFICADO', dueDate: daysAgo(140), capital: 12_500_000, responsible: 'ejecutor@demo.co', embargo: true }, // pay or except, in time
    // Medellín
    { branch: 'MED', target: 'GESTION_PERSUASIVA', dueDate: lcdLimitSoon(-1), capital: 2_300_000, responsible: 'profesional.medellin@demo.co' }, // LCD limit, due soon
    { branch: 'MED', target: 'CONSTITUIDO_EN_MORA', dueDate: daysAgo(210), capital: 3_600_000, responsible: 'profesional.medellin@demo.co' }, // LCD limit, overdue
    { branch: 'MED', target: 'LCD_EN_PROYECTO', dueDate: daysAgo(110), capital: 4_900_000, responsible: 'gerente.medellin@demo.co' }, // LCD limit, in time
    { branch: 'MED', target: 'EN_NOTIFICACION', dueDate: daysAgo(95), capital: 5_500_000, responsible: 'gerente.medellin@demo.co' }, // appearance, overdue
    { branch: 'MED', target: 'EN_FIRME', dueDate: daysAgo(114), capital: 8_300_000, responsible: 'gerente.recaudo@demo.co' }, // first contact, due soon
    { branch: 'MED', target: 'MANDAMIENTO_LIBRADO', dueDate: daysAgo(108), capital: 10_200_000, responsible: 'ejecutor@demo.co' }, // no open term: notify the order
    { branch: 'MED', target: 'MANDAMIENTO_NOTIFICADO', dueDate: daysAgo(150), capital: 15_000_000, responsible: 'ejecutor@demo.co', embargo: true }, // pay or except, overdue
  ]
}
