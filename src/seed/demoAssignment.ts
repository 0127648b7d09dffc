import type { Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import type { BranchCode } from './branches'
import { addDays, bogotaToday } from './dates'
import { FIRM_EMAILS } from './users'

const PROFESSIONALS: Record<BranchCode, string> = { BOG: 'profesional.bogota@demo.co', MED: 'profesional.medellin@demo.co' }

/** The demo's rules: debts of 90 days or more and a million pesos or more, every branch, both firms. */
export const DEMO_ASSIGNMENT_RULES = { minAgeDays: 90, minValue: 1_000_000, maxOpenDebtsPerFirm: 50 } as const

/** Cases opened on debtors no firm works yet, per branch: what the month's proposal assigns. */
export const DEMO_UNASSIGNED_CASES: readonly { branch: BranchCode; daysPastDue: number; capital: number }[] = [
  { branch: 'BOG', daysPastDue: 160, capital: 4_600_000 },
  { branch: 'BOG', daysPastDue: 120, capital: 2_400_000 },
  { branch: 'MED', daysPastDue: 150, capital: 3_900_000 },
  { branch: 'MED', daysPastDue: 100, capital: 1_700_000 },
]

/**
 * 001 §7.2.1 item 6, as the collections manager meets it on the first of the month: the rules
 * name the demo firms, and a few debtors of each branch have a case opened by the branch
 * professional but no firm yet (old and large enough to qualify), so "Proponer asignación" has
 * rows. Idempotent: nothing once the rules name a firm (written last).
 */
export const seedDemoAssignment = async (payload: Payload) => {
  const log = (message: string) => payload.logger.info(`Asignación de demostración: ${message}`)
  const users = await payload.find({ collection: SLUGS.users, where: { email: { like: '@demo.co' } }, limit: 100, depth: 0, overrideAccess: true })
  const user = (email: string) => users.docs.find((u) => u.email === email) as User | undefined
  const firms = [user(FIRM_EMAILS.BOG), user(FIRM_EMAILS.MED)]
  if (firms.some((f) => !f) || !user(PROFESSIONALS.BOG) || !user(PROFESSIONALS.MED)) {
    log('no se carga: falta la cartera de demostración (sus firmas y profesionales).')
    return
  }

  // Once: rules that name a firm were written by this seed or by the manager (whose later
  // confirmations give firms to these debtors: a second run must not open cases on others).
  const rules = await payload.findGlobal({ slug: SLUGS.assignmentRules, depth: 0, overrideAccess: true })
  if ((rules.firms ?? []).length > 0) return

  const today = bogotaToday()
  let opened = 0
  for (const code of ['BOG', 'MED'] as const) {
    const branch = (await payload.find({ collection: SLUGS.branches, where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    if (!branch) continue
    const planned = DEMO_UNASSIGNED_CASES.filter((c) => c.branch === code)
    const { docs: candidates } = await payload.find({
      collection: SLUGS.parties,
      where: {
        and: [
          { branch: { equals: branch.id } },
          { assignedFirm: { exists: false } },
          { insolvencyStatus: { equals: 'NINGUNO' } },
          { cannotBeLocated: { not_equals: true } },
        ],
      },
      sort: 'idNumber',
      limit: planned.length,
      depth: 0,
      select: { idNumber: true },
      overrideAccess: true,
    })
    for (const [index, debtor] of candidates.entries()) {
      const { daysPastDue, capital } = planned[index]!
      const hasCase = (await payload.count({ collection: SLUGS.cases, where: { debtor: { equals: debtor.id } }, overrideAccess: true })).totalDocs > 0
      if (hasCase) continue
      const dueDate = addDays(today, -daysPastDue)
      // Opened by the branch professional as walkCase opens its cases: the day the portfolio report brings the debt.
      await payload.create({
        collection: SLUGS.cases,
        data: { debtor: debtor.id, debtLines: [{ period: dueDate.slice(0, 7), concept: 'APORTES_EN_MORA', contributors: 5, capital, dueDate }] } as never,
        overrideAccess: false,
        user: user(PROFESSIONALS[code])!,
        depth: 0,
        select: { title: true },
        context: { asOf: addDays(dueDate, 17) },
      })
      opened++
    }
  }
  await payload.updateGlobal({
    slug: SLUGS.assignmentRules,
    data: { ...DEMO_ASSIGNMENT_RULES, branches: [], firms: firms.map((f) => f!.id) },
    depth: 0,
    overrideAccess: true,
  })
  log(`reglas con ${firms.length} firmas; ${opened} expedientes abiertos en deudores sin firma.`)
}
