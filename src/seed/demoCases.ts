import type { Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Party, User } from '@/payload-types'
import { idOf } from '@/utilities/idOf'
import type { BranchCode } from './branches'
import { buildDemoCasePlan } from './casePlan'
import { bogotaToday } from './dates'
import { DEMO_PASSWORD, FIRM_EMAILS } from './users'
import { walkCase, type WalkActors } from './walkCase'

const DEMO_DEBTOR_NIT = '900123456'

const BRANCH_STAFF: Record<BranchCode, { manager: string; professional: string }> = {
  BOG: { manager: 'gerente.bogota@demo.co', professional: 'profesional.bogota@demo.co' },
  MED: { manager: 'gerente.medellin@demo.co', professional: 'profesional.medellin@demo.co' },
}

const hasCase = async (payload: Payload, debtor: number) =>
  (await payload.count({ collection: SLUGS.cases, where: { debtor: { equals: debtor } }, overrideAccess: true })).totalDocs > 0

/**
 * Issue 4 demo, on top of the portfolio demo (src/seed/index.ts): collection cases of Bogotá and
 * Medellín debtors, opened and walked through the real rules as each competent demo user (password
 * DEMO_PASSWORD), so every collector's worklist has overdue terms, terms due soon and terms in time:
 * - "Constructora Ejemplo S.A.S." (NIT 900123456-8, BOG), walked to the order to proceed with the
 *   execution, with an embargo and its LCD notified by notice;
 * - the cases of `buildDemoCasePlan`, on portfolio debtors assigned to each branch's firm.
 * Idempotent per case: a debtor that already has a case is left alone. Without the portfolio
 * (its branches and users) it does nothing.
 */
export const seedDemoCases = async (payload: Payload) => {
  const log = (message: string) => payload.logger.info(`Expedientes de demostración: ${message}`)
  const users = await payload.find({ collection: SLUGS.users, where: { email: { like: '@demo.co' } }, limit: 100, depth: 0, overrideAccess: true })
  const user = (email: string) => users.docs.find((u) => u.email === email) as User | undefined
  const branches = await payload.find({ collection: SLUGS.branches, where: { code: { in: ['BOG', 'MED'] } }, depth: 0, overrideAccess: true })
  const branchId = (code: BranchCode) => branches.docs.find((b) => b.code === code)?.id
  const executor = user('ejecutor@demo.co')
  if (!branchId('BOG') || !branchId('MED') || !executor || !user(FIRM_EMAILS.BOG) || !user(FIRM_EMAILS.MED)) {
    log('no se cargan: falta la cartera de demostración (sucursales BOG y MED y sus usuarios).')
    return
  }
  const actorsOf = (branch: BranchCode): WalkActors => ({
    professional: user(BRANCH_STAFF[branch].professional)!,
    manager: user(BRANCH_STAFF[branch].manager)!,
    firm: user(FIRM_EMAILS[branch])!,
    executor,
  })

  let created = 0
  const existing = await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: DEMO_DEBTOR_NIT } }, limit: 1, depth: 0, overrideAccess: true })
  const demoDebtor =
    existing.docs[0] ??
    (await payload.create({
      collection: SLUGS.parties,
      data: {
        idType: 'NIT',
        idNumber: DEMO_DEBTOR_NIT,
        checkDigit: 8,
        businessName: 'Constructora Ejemplo S.A.S.',
        branch: branchId('BOG')!,
        assignedFirm: user(FIRM_EMAILS.BOG)!.id,
        addresses: [{ address: 'Cra. 7 # 12-34', city: 'Bogotá', isNotificationAddress: true }],
      } as never,
      overrideAccess: true,
      depth: 0,
    }))
  if (!(await hasCase(payload, demoDebtor.id))) {
    await walkCase(payload, actorsOf('BOG'), {
      debtor: demoDebtor.id,
      responsible: executor.id,
      debtLines: [
        { period: '2026-02', concept: 'APORTES_EN_MORA', contributors: 12, capital: 3_200_000, dueDate: '2026-03-15' },
        { period: '2026-03', concept: 'APORTES_EN_MORA', contributors: 12, capital: 1_800_000, dueDate: '2026-04-15' },
      ],
      target: 'ORDEN_DE_EJECUCION',
      lcdNotifiedBy: 'AVISO',
      address: 'Cra. 7 # 12-34, Bogotá',
      paymentOrderNumber: 'MP-2026-0001',
      embargo: { description: 'Cuenta corriente Banco Ejemplo', amount: 8_000_000 },
    })
    created++
  }

  const plan = buildDemoCasePlan(bogotaToday())
  const debtorsOf = new Map<BranchCode, Party[]>()
  for (const code of ['BOG', 'MED'] as const) {
    const { docs } = await payload.find({
      collection: SLUGS.parties,
      where: {
        and: [
          { branch: { equals: branchId(code) } },
          { assignedFirm: { equals: user(FIRM_EMAILS[code])!.id } },
          { insolvencyStatus: { equals: 'NINGUNO' } },
          { cannotBeLocated: { not_equals: true } },
          { idNumber: { not_equals: DEMO_DEBTOR_NIT } },
        ],
      },
      sort: 'idNumber',
      limit: plan.length,
      depth: 0,
      overrideAccess: true,
    })
    debtorsOf.set(code, docs as Party[])
  }
  const taken = { BOG: 0, MED: 0 }
  for (const item of plan) {
    // The n-th case of a branch always goes to its n-th debtor, so a second run finds it there.
    const debtor = debtorsOf.get(item.branch)![taken[item.branch]++]
    if (!debtor || (await hasCase(payload, debtor.id))) continue
    const address = debtor.addresses?.find((a) => a.isNotificationAddress) ?? debtor.addresses?.[0]
    try {
      await walkCase(payload, actorsOf(item.branch), {
        debtor: debtor.id,
        responsible: idOf(user(item.responsible)?.id) as number,
        debtLines: [{ period: item.dueDate.slice(0, 7), concept: 'APORTES_EN_MORA', contributors: 8, capital: item.capital, dueDate: item.dueDate }],
        target: item.target,
        address: address ? `${address.address}, ${address.city}` : undefined,
        embargo: item.embargo ? { description: 'Cuenta de ahorros del deudor', amount: item.capital } : undefined,
      })
      created++
    } catch (error) {
      // Dated from today: e.g. past the demo's rate table (2024–2026) a case cannot be liquidated
      // (R-INT-01). The demo still starts; the case stays where the rules stopped it.
      payload.logger.error({ err: error }, `Expedientes de demostración: el expediente ${item.branch} ${item.target} se detuvo.`)
    }
  }
  log(`${created} expedientes abiertos y llevados por sus etapas (usuarios @demo.co, clave ${DEMO_PASSWORD}).`)
}
