import { createLocalReq, type Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { confirmLegalizationWorkflow } from '@/legalization/confirm/confirmLegalizationWorkflow'
import type { Policy } from '@/payload-types'
import { addDaysIso, day } from '@/rules/calendar'
import { BANK, BANK_ACCOUNT_TYPE } from '@/rules/legalization/bankAccounts'
import { amountDueOf } from '@/rules/legalization/legalizationItems'
import { LEGALIZATION_FLOW } from '@/rules/legalization/legalizationOptions'
import { POLICY_PAYMENT_STATUS, POLICY_STATUS } from '@/rules/policyStatuses'
import { bogotaToday } from './dates'
import { DEMO_ADMIN_EMAIL } from './users'

const BROKER_EMAIL = 'intermediario.90833@demo.co'
const CLAVE = '90833'

/** The insurer's demo collection accounts (R-LEG-02): two national ones and one per demo branch. */
const DEMO_ACCOUNTS = [
  { bank: BANK.bancolombia, accountType: BANK_ACCOUNT_TYPE.checking, accountNumber: '031-000123-45', branch: null },
  { bank: BANK.davivienda, accountType: BANK_ACCOUNT_TYPE.savings, accountNumber: '4570-0012-3456', branch: null },
  { bank: BANK.bogota, accountType: BANK_ACCOUNT_TYPE.checking, accountNumber: '000-12345-6', branch: 'BOG' },
  { bank: BANK.occidente, accountType: BANK_ACCOUNT_TYPE.checking, accountNumber: '400-81234-7', branch: 'MED' },
] as const

/**
 * Seed 000 details in the demo, written as their users would through the real hooks and steps:
 * the bank-account catalogue (the administrator), a Cartera request with its vigencia (R-REQ-03), a
 * confirmed automatic legalization whose summary shows "Rec o Doc" (R-LEG-06) and pays into the
 * branch's account, and a manual legalization that reactivates a cancelled policy with support dated
 * before the cancellation (R-LEG-04). The arrears search text (R-CAR-03) is stamped on every demo
 * policy by its own hook. Idempotent: nothing is written once any bank account exists.
 */
export const seedDemoLegalizations = async (payload: Payload) => {
  const log = (message: string) => payload.logger.info(`Legalizaciones de demostración: ${message}`)
  if ((await payload.count({ collection: SLUGS.bankAccounts, overrideAccess: true })).totalDocs > 0) return
  const userByEmail = async (email: string) =>
    (await payload.find({ collection: SLUGS.users, where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const admin = await userByEmail(DEMO_ADMIN_EMAIL)
  const broker = await userByEmail(BROKER_EMAIL)
  if (!admin || !broker) {
    log(`no se cargan: faltan los usuarios ${DEMO_ADMIN_EMAIL} o ${BROKER_EMAIL}.`)
    return
  }
  const { docs: branches } = await payload.find({ collection: SLUGS.branches, depth: 0, pagination: false, overrideAccess: true })
  const branchId = (code: string | null) => (code ? branches.find((b) => b.code === code)?.id : undefined)

  const asAdmin = { overrideAccess: false, user: admin, depth: 0, req: await createLocalReq({ user: { ...admin, collection: SLUGS.users } }, payload) } as const
  const accountIds: { id: number; branch: number | undefined }[] = []
  for (const { branch, ...account } of DEMO_ACCOUNTS) {
    const id = branchId(branch)
    const doc = await payload.create({ collection: SLUGS.bankAccounts, data: { ...account, branches: id ? [id] : [], active: true }, ...asAdmin })
    accountIds.push({ id: doc.id, branch: id })
  }
  log(`${DEMO_ACCOUNTS.length} cuentas bancarias de recaudo (2 nacionales, 1 por sucursal).`)

  const brokerReq = await createLocalReq({ user: { ...broker, collection: SLUGS.users } }, payload)
  const asBroker = { overrideAccess: false, user: broker, depth: 0, req: brokerReq } as const
  const { docs: policies } = (await payload.find({
    collection: SLUGS.policies,
    where: { clave: { equals: CLAVE } },
    sort: 'number',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })) as { docs: Policy[] }
  const owing = (p: Policy) => p.paymentStatus !== POLICY_PAYMENT_STATUS.paid && amountDueOf({ totalDue: p.totalDue, amountPaid: p.amountPaid }) > 0
  const accountFor = (branch: number | null | undefined) => accountIds.find((a) => a.branch === branch)?.id ?? accountIds[0]!.id

  // R-REQ-03: a Cartera request (devolución de primas) on a policy in force, for its current vigencia.
  const inForce = policies.find((p) => p.status === POLICY_STATUS.inForce)
  const cartera = (await payload.find({ collection: SLUGS.requestKinds, where: { code: { equals: 'CARTERA' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (inForce && cartera) {
    const holder = await payload.findByID({ collection: SLUGS.parties, id: inForce.holder as number, depth: 0, overrideAccess: true })
    await payload.create({
      collection: SLUGS.requests,
      data: {
        kind: cartera.id,
        subtype: 'DEVOLUCION_PRIMAS',
        clave: CLAVE,
        clientIdType: holder.idType,
        clientIdNumber: holder.idNumber,
        clientCheckDigit: holder.checkDigit ?? undefined,
        policyType: inForce.type,
        policyNumber: inForce.number,
        certificate: '0',
        lineOfBusiness: inForce.lineOfBusiness,
        plate: inForce.plate ?? undefined,
        policyPeriodFrom: day(inForce.coverStart)!,
        policyPeriodTo: day(inForce.coverEnd)!,
        comments: [{ text: 'Solicito la devolución de la prima no causada de esta vigencia.' }],
      } as never,
      ...asBroker,
    })
    log(`solicitud de Cartera con vigencia sobre la póliza ${inForce.number}.`)
  }

  // R-LEG-01/02/06: an automatic legalization paid by transfer into the branch's account.
  const automatic = policies.find((p) => p.status !== POLICY_STATUS.cancelled && owing(p))
  if (automatic) {
    const draft = await payload.create({ collection: SLUGS.legalizations, data: { clave: CLAVE, policies: [automatic.id] } as never, ...asBroker })
    await confirmLegalizationWorkflow(brokerReq, {
      id: draft.id,
      key: `demo-legalizacion-${draft.id}`,
      input: {
        means: [{ kind: 'TRANSFERENCIA', paidOn: bogotaToday(), amount: draft.total!, account: accountFor(draft.branch as number | null), bankBranch: '0123' }],
      },
    })
    log(`legalización automática confirmada de la póliza ${automatic.number} (Rec o Doc y cuenta de su sucursal).`)
  }

  // R-LEG-04: a cancelled policy still owing, paid by a deposit the day before its cancellation: reactivated.
  // A manual draft is priced when confirmed: the deposit is what the policy still owes.
  const cancelled = policies.find((p) => p.status === POLICY_STATUS.cancelled && p.cancelledAt && owing(p))
  if (cancelled) {
    const holder = await payload.findByID({ collection: SLUGS.parties, id: cancelled.holder as number, depth: 0, overrideAccess: true })
    const draft = await payload.create({
      collection: SLUGS.legalizations,
      data: {
        flow: LEGALIZATION_FLOW.manual,
        clave: CLAVE,
        holderIdType: holder.idType,
        holderIdNumber: holder.idNumber,
        holderCheckDigit: holder.checkDigit ?? undefined,
        holderName: holder.displayName,
        policyType: cancelled.type,
        lineOfBusiness: cancelled.lineOfBusiness,
        manualPolicyNumber: cancelled.number,
      } as never,
      ...asBroker,
    })
    await confirmLegalizationWorkflow(brokerReq, {
      id: draft.id,
      key: `demo-reactivacion-${draft.id}`,
      input: {
        means: [{ kind: 'CONSIGNACION_EFECTIVO', paidOn: addDaysIso(day(cancelled.cancelledAt)!, -1), amount: draft.total || amountDueOf({ totalDue: cancelled.totalDue, amountPaid: cancelled.amountPaid }), account: accountFor(draft.branch as number | null), bankBranch: '0456' }],
      },
    })
    log(`legalización manual que reactiva la póliza anulada ${cancelled.number}.`)
  } else {
    log('sin póliza anulada con saldo en la clave 90833: no se carga la reactivación.')
  }
}
