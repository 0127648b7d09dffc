import { createLocalReq, type Payload } from 'payload'

import { recordAgreementPaymentWorkflow } from '@/agreements/payment/recordAgreementPaymentWorkflow'
import { SLUGS } from '@/constants/slugs'
import type { Agreement, Party, User } from '@/payload-types'
import { day } from '@/rules/calendar'
import { addMonthsIso } from '@/rules/cases/months'
import type { BranchCode } from './branches'
import { addDays, bogotaToday } from './dates'
import { DEMO_PASSWORD, FIRM_EMAILS } from './users'
import { walkCase, type WalkActors } from './walkCase'

const DEMO_DEBTOR_NIT = '900123456'

const BRANCH_STAFF: Record<BranchCode, { manager: string; professional: string }> = {
  BOG: { manager: 'gerente.bogota@demo.co', professional: 'profesional.bogota@demo.co' },
  MED: { manager: 'gerente.medellin@demo.co', professional: 'profesional.medellin@demo.co' },
}

type Users = (email: string) => User

/** One demo agreement: which branch debtor (counted from the end of the portfolio), its case and its walk. */
type DemoAgreement = {
  key: string
  branch: BranchCode
  /** The n-th debtor of the branch counted from the highest identification (the cases demo counts from the lowest). */
  nth: number
  capital: number
  termMonths: number
  guaranteeClass?: 'REAL' | 'OTRA' | 'NINGUNA'
  /** Walks the agreement from its written request; returns it as it ends. */
  walk: (a: { caseId: number; users: Users; request: RequestFn; move: MoveFn; pay: PayFn; today: string }) => Promise<Agreement>
}

type RequestFn = (user: User, caseId: number, requestedOn: string, data: { capital: number; termMonths: number; guaranteeClass?: string }) => Promise<Agreement>
type MoveFn = (user: User, agreement: Agreement, data: Record<string, unknown>, asOf: string) => Promise<Agreement>
type PayFn = (user: User, agreement: Agreement, numbers: number[]) => Promise<void>

const as = (user: User, asOf: string) => ({ overrideAccess: false, user, depth: 0, context: { asOf } }) as const


/**
 * Demo payment agreements (001 §8), walked through the real rules by the competent demo users
 * (password DEMO_PASSWORD), each on a case of its own and in the worklists of whoever reads it:
 * - BOG, requested by the professional three days ago: the analysis term runs (R-AGR-06);
 * - MED, taken into analysis by the legal manager (R-ROL-04's national approver);
 * - "Constructora Ejemplo S.A.S." (coactive stage, with the guarantees of `seedDemoGuarantees`):
 *   requirements asked by the executor officer, so the requirements and perfection terms run;
 * - BOG, granted three months ago by the branch manager (R-ROL-04), the down payment and two
 *   instalments paid through the payment workflow on their due dates: the next one falls due this week;
 * - MED, granted two months ago by the collections manager, only the down payment paid: its first
 *   instalment is overdue (R-AGR-11). The daily sweep demands it (EN_REQUERIMIENTO) and, once the
 *   demand's fifteen business days pass unpaid, declares it void (SIN_VIGENCIA): those two states
 *   come from running the sweep on this agreement, not from the seed.
 * Idempotent: a debtor whose case already has an agreement is left alone.
 */
export const seedDemoAgreements = async (payload: Payload) => {
  const log = (message: string) => payload.logger.info(`Acuerdos de demostración: ${message}`)
  const { docs: userDocs } = await payload.find({ collection: SLUGS.users, where: { email: { like: '@demo.co' } }, limit: 100, depth: 0, overrideAccess: true })
  const byEmail = new Map(userDocs.map((u) => [u.email, u as User]))
  const needed = [...Object.values(BRANCH_STAFF).flatMap((s) => [s.manager, s.professional]), ...Object.values(FIRM_EMAILS), 'ejecutor@demo.co', 'gerente.recaudo@demo.co', 'juridico@demo.co']
  const missing = needed.filter((email) => !byEmail.has(email))
  if (missing.length > 0) return log(`no se cargan: faltan los usuarios ${missing.join(', ')}.`)
  const users: Users = (email) => byEmail.get(email)!
  const today = bogotaToday()

  /** The written request of R-AGR-01 as the branch receives it: one obligation, the minimum 10 % down payment. */
  const requestAgreement: RequestFn = async (user, caseId, requestedOn, { capital, termMonths, guaranteeClass = 'NINGUNA' }) =>
    (await payload.create({
      collection: SLUGS.agreements,
      data: {
        case: caseId,
        status: 'SOLICITADO',
        requestedOn: `${requestedOn}T12:00:00.000Z`,
        city: 'Bogotá',
        requesterKind: 'DEUDOR',
        requesterName: 'Representante del deudor',
        requesterIdNumber: '79123456',
        address: 'Dirección de notificación registrada',
        phone: '6015550100',
        reasons: 'Disminución temporal de ingresos por la temporada baja; el deudor propone pagar la deuda en cuotas mensuales.',
        obligations: [{ period: addMonthsIso(requestedOn, -4).slice(0, 7), concept: 'APORTES_EN_MORA', capital }],
        interest: 0,
        costs: 0,
        downPayment: Math.ceil(capital / 10),
        termMonths,
        periodicity: 'MENSUAL',
        guaranteeClass: guaranteeClass as 'NINGUNA',
        thirdPartyJointlyLiable: false,
      },
      ...as(user, requestedOn),
    })) as Agreement
  const move: MoveFn = async (user, agreement, data, asOf) =>
    (await payload.update({ collection: SLUGS.agreements, id: agreement.id, data: data as never, ...as(user, asOf) })) as Agreement
  /** Pays the instalments `numbers` in full on their due dates, through the payment workflow, as the user. */
  const pay: PayFn = async (user, agreement, numbers) => {
    const { docs } = await payload.find({
      collection: SLUGS.agreementInstalments,
      where: { agreement: { equals: agreement.id } },
      sort: 'number',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const i of docs.filter((d) => numbers.includes(d.number))) {
      const paidOn = day(i.dueOn)!
      await recordAgreementPaymentWorkflow(await createLocalReq({ user, context: { asOf: paidOn } }, payload), {
        id: agreement.id,
        key: `demo-acuerdo-${agreement.id}-cuota-${i.number}`,
        input: { mean: { kind: 'TRANSFERENCIA', paidOn, amount: i.amount - (i.paidAmount ?? 0), bankAccount: 'BANCOLOMBIA 123-456789-01', bankBranch: '001' } as never },
      })
    }
  }

  const plan: DemoAgreement[] = [
    {
      key: 'BOG solicitado',
      branch: 'BOG',
      nth: 0,
      capital: 2_400_000,
      termMonths: 3,
      walk: ({ caseId, users, request }) => request(users('profesional.bogota@demo.co'), caseId, addDays(today, -3), { capital: 2_400_000, termMonths: 3 }),
    },
    {
      key: 'MED en análisis',
      branch: 'MED',
      nth: 0,
      capital: 5_600_000,
      termMonths: 6,
      walk: async ({ caseId, users, request, move }) => {
        const a = await request(users('profesional.medellin@demo.co'), caseId, addDays(today, -6), { capital: 5_600_000, termMonths: 6 })
        return move(users('juridico@demo.co'), a, { status: 'EN_ANALISIS' }, addDays(today, -4))
      },
    },
    {
      key: 'BOG aprobado y al día',
      branch: 'BOG',
      nth: 1,
      capital: 4_800_000,
      termMonths: 4,
      walk: async ({ caseId, users, request, move, pay }) => {
        // Granted so that the third instalment falls due within the coming week.
        const grantedOn = addDays(addMonthsIso(today, -3), 3)
        const a = await request(users('profesional.bogota@demo.co'), caseId, addDays(grantedOn, -5), { capital: 4_800_000, termMonths: 4 })
        const granted = await move(users('gerente.bogota@demo.co'), a, { status: 'APROBADO' }, grantedOn)
        await pay(users('profesional.bogota@demo.co'), granted, [0, 1, 2])
        return granted
      },
    },
    {
      key: 'MED aprobado con cuota vencida',
      branch: 'MED',
      nth: 1,
      capital: 3_000_000,
      termMonths: 3,
      walk: async ({ caseId, users, request, move, pay }) => {
        const grantedOn = addDays(addMonthsIso(today, -2), -10)
        const a = await request(users('profesional.medellin@demo.co'), caseId, addDays(grantedOn, -7), { capital: 3_000_000, termMonths: 3 })
        const granted = await move(users('gerente.recaudo@demo.co'), a, { status: 'APROBADO' }, grantedOn)
        await pay(users('profesional.medellin@demo.co'), granted, [0])
        return granted
      },
    },
  ]

  const actorsOf = (branch: BranchCode): WalkActors => ({
    professional: users(BRANCH_STAFF[branch].professional),
    manager: users(BRANCH_STAFF[branch].manager),
    firm: users(FIRM_EMAILS[branch]),
    executor: users('ejecutor@demo.co'),
  })
  const hasAgreement = async (caseId: number) =>
    (await payload.count({ collection: SLUGS.agreements, where: { case: { equals: caseId } }, overrideAccess: true })).totalDocs > 0
  const caseOf = async (debtor: number) =>
    (await payload.find({ collection: SLUGS.cases, where: { debtor: { equals: debtor } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]

  let created = 0
  const debtorsOf = new Map<BranchCode, Party[]>()
  const branches = await payload.find({ collection: SLUGS.branches, where: { code: { in: ['BOG', 'MED'] } }, depth: 0, overrideAccess: true })
  for (const code of ['BOG', 'MED'] as const) {
    const firm = users(FIRM_EMAILS[code])
    const branch = branches.docs.find((b) => b.code === code)
    if (!branch) return log(`no se cargan: falta la sucursal ${code}.`)
    const { docs } = await payload.find({
      collection: SLUGS.parties,
      where: {
        and: [
          { branch: { equals: branch.id } },
          { assignedFirm: { equals: firm.id } },
          { insolvencyStatus: { equals: 'NINGUNO' } },
          { cannotBeLocated: { not_equals: true } },
          { reportedToBdme: { not_equals: true } },
          { idNumber: { not_equals: DEMO_DEBTOR_NIT } },
        ],
      },
      sort: '-idNumber',
      limit: 2,
      depth: 0,
      overrideAccess: true,
    })
    debtorsOf.set(code, docs as Party[])
  }
  for (const item of plan) {
    const debtor = debtorsOf.get(item.branch)![item.nth]
    if (!debtor) continue
    let theCase = await caseOf(debtor.id)
    if (theCase && (await hasAgreement(theCase.id))) continue
    const dueDate = addDays(today, -150)
    theCase ??= await walkCase(payload, actorsOf(item.branch), {
      debtor: debtor.id,
      responsible: users(BRANCH_STAFF[item.branch].professional).id,
      debtLines: [{ period: dueDate.slice(0, 7), concept: 'APORTES_EN_MORA', contributors: 6, capital: item.capital, dueDate }],
      target: 'GESTION_PERSUASIVA',
    })
    await item.walk({ caseId: theCase.id, users, request: requestAgreement, move, pay, today })
    created++
  }

  // The coactive demo case, with its guarantees: the executor officer records the request and asks for requirements.
  const constructora = (await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: DEMO_DEBTOR_NIT } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const coactiveCase = constructora ? await caseOf(constructora.id) : undefined
  if (coactiveCase && !(await hasAgreement(coactiveCase.id))) {
    const executor = users('ejecutor@demo.co')
    const a = await requestAgreement(executor, coactiveCase.id, addDays(today, -5), { capital: 5_000_000, termMonths: 8, guaranteeClass: 'OTRA' })
    await move(executor, a, { status: 'REQUISITOS_PENDIENTES', requirementsDays: 10 }, addDays(today, -2))
    created++
  }
  log(`${created} acuerdos de pago cargados y llevados por sus estados (usuarios @demo.co, clave ${DEMO_PASSWORD}).`)
}
