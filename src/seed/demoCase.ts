import type { Payload } from 'payload'

import { ROLES } from '../auth/roles'
import { SLUGS } from '../constants/slugs'
import { DEMO_PASSWORD } from './users'

/**
 * Issue 4 demo: one case walked, as each competent user, from persuasive collection to the order
 * to proceed with execution, with its LCD and payment-order notifications and their computed
 * dates — open it under Cobro → Expedientes. Idempotent: does nothing if the demo debtor exists.
 * Users (password DEMO_PASSWORD): gerente.demo@…, profesional.demo@…, firma.demo@…, ejecutor.demo@…
 */
export const seedDemoCase = async (payload: Payload) => {
  const existing = await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: '900123456' } }, limit: 1, depth: 0 })
  if (existing.docs.length > 0) return

  const create = (collection: string, data: Record<string, unknown>) =>
    payload.create({ collection: collection as never, data: data as never, overrideAccess: true, depth: 0 }) as Promise<any>
  // The portfolio demo already keeps the SMMLV and rate table; only a bare database gets these.
  const settings = await payload.findGlobal({ slug: SLUGS.settings, depth: 0 })
  if ((settings.minimumWages ?? []).length === 0) await payload.updateGlobal({
    slug: SLUGS.settings,
    data: {
      minimumWages: [
        { year: 2025, amount: 1_423_500 },
        { year: 2026, amount: 1_750_905 },
      ],
      moratoriumRates: [
        { from: '2025-01-01', to: '2025-12-31', annualRatePercent: '25' },
        { from: '2026-01-01', to: '2026-12-31', annualRatePercent: '26.76' },
      ],
    },
  })
  const branch = await create(SLUGS.branches, { code: 'DEMO-BOG', name: 'Bogotá (demo)', city: 'Bogotá' })
  const user = (key: string, name: string, role: string, extra: Record<string, unknown> = {}) =>
    create(SLUGS.users, { email: `${key}.demo@aseguradora.local`, password: DEMO_PASSWORD, name, role, ...extra })
  const manager = await user('gerente', 'Gerente de Sucursal (demo)', ROLES.branchManager, { branch: branch.id })
  const professional = await user('profesional', 'Profesional de Cartera (demo)', ROLES.branchProfessional, { branch: branch.id })
  const firm = await user('firma', 'Cobranzas Andinas (demo)', ROLES.externalFirm, { firmName: 'Cobranzas Andinas S.A.S.' })
  const executor = await user('ejecutor', 'Funcionario Ejecutor (demo)', ROLES.executorOfficer)
  const debtor = await create(SLUGS.parties, {
    idType: 'NIT',
    idNumber: '900123456',
    checkDigit: 8,
    businessName: 'Constructora Ejemplo S.A.S.',
    branch: branch.id,
    assignedFirm: firm.id,
    addresses: [{ address: 'Cra. 7 # 12-34', city: 'Bogotá', isNotificationAddress: true }],
  })

  const as = (actor: any, asOf: string) => ({ overrideAccess: false, user: actor, depth: 0, context: { asOf } }) as const
  const c = await payload.create({
    collection: SLUGS.cases,
    data: {
      debtor: debtor.id,
      responsible: professional.id,
      debtLines: [
        { period: '2026-02', concept: 'APORTES_EN_MORA', contributors: 12, capital: 3_200_000, dueDate: '2026-03-15' },
        { period: '2026-03', concept: 'APORTES_EN_MORA', contributors: 12, capital: 1_800_000, dueDate: '2026-04-15' },
      ],
    } as never,
    ...as(professional, '2026-04-01'),
  })
  const step = (actor: any, data: Record<string, unknown>, asOf: string) =>
    payload.update({ collection: SLUGS.cases, id: c.id, data: data as never, ...as(actor, asOf) })
  const notify = (actor: any, act: string, facts: Record<string, unknown>, asOf: string) =>
    payload.create({ collection: SLUGS.notifications, data: { case: c.id, act, facts } as never, ...as(actor, asOf) })

  await step(firm, { persuasiveActions: [{ channel: 'LLAMADA', date: '2026-04-02', outcome: 'El contador promete revisar la deuda.' }] }, '2026-04-02')
  await step(professional, { subState: 'CONSTITUIDO_EN_MORA', defaultNotice: { arisenOn: '2026-03-16', identifiedOn: '2026-03-20', sentOn: '2026-04-06' } }, '2026-04-06')
  await step(firm, { stage: 'PREJURIDICO', subState: 'LCD_EN_PROYECTO', lcd: { cutOffDate: '2026-05-29' } }, '2026-05-29')
  await step(manager, { subState: 'LCD_FIRMADA' }, '2026-06-01')
  const lcdNotice = await notify(manager, 'LCD', { citationChannel: 'CORREO_CERTIFICADO', citationAddress: 'Cra. 7 # 12-34, Bogotá', citationSentOn: '2026-06-02', citationReceivedOn: '2026-06-03' }, '2026-06-03')
  await step(manager, { subState: 'EN_NOTIFICACION' }, '2026-06-03')
  await payload.update({ collection: SLUGS.notifications, id: lcdNotice.id, data: { facts: { noticePostedOn: '2026-06-12' } } as never, ...as(manager, '2026-06-12') })
  await step(professional, { subState: 'NOTIFICADA' }, '2026-06-22')
  await step(professional, { subState: 'EN_FIRME' }, '2026-07-08')
  await step(
    professional,
    {
      followUp: { firstContactOn: '2026-07-09' },
      checklist: { persuasiveEvidence: true, debtDetailByPeriod: true, citationWithReceipt: true, originalLcd: true, noticeOriginal: true, notificationRecord: true },
    },
    '2026-07-09',
  )
  await step(executor, { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO', paymentOrder: { number: 'MP-2026-0001' } }, '2026-07-10')
  await notify(executor, 'MANDAMIENTO_DE_PAGO', { citationChannel: 'CORREO_CERTIFICADO', citationSentOn: '2026-07-13', mailDeliveredOn: '2026-07-30' }, '2026-07-30')
  await step(executor, { subState: 'MANDAMIENTO_NOTIFICADO' }, '2026-07-31')
  await step(executor, { measures: [{ kind: 'EMBARGO', description: 'Cuenta corriente Banco Ejemplo', amount: 8_000_000, orderedOn: '2026-08-03' }] }, '2026-08-03')
  await step(executor, { subState: 'ORDEN_DE_EJECUCION' }, '2026-08-25')
  payload.logger.info(`seed: expediente de demostración ${c.id} (usuarios *.demo@aseguradora.local, clave ${DEMO_PASSWORD})`)
}
