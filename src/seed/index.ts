import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { SLUGS } from '@/constants/slugs'
import { DEMO_BRANCH_CODES, DEMO_BRANCHES, type BranchCode } from './branches'
import { bogotaToday, dateField } from './dates'
import { buildDemoPlan, type DemoPlan } from './plan'
import { writeDemoBdmeEntries } from './bdmeEntries'
import { writeDemoPayouts } from './payouts'
import { DEMO_SETTINGS } from './settings'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, DEMO_USERS } from './users'

export { DEMO_BRANCHES, DEMO_BRANCH_CODES } from './branches'
export { DEMO_ADMIN_EMAIL, DEMO_CLAVES, DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './users'
export { DEMO_MINIMUM_WAGES } from './settings'

/** Seed writes skip the audit trail and the holders' claves sync (claves are set once, at the end). */
const SEED_CONTEXT = { skipAudit: true, skipClaveSync: true }

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1).replace('.', ',')} s`

/**
 * The demo is there (or the database holds real branches with the demo's codes): never seed twice
 * nor mix demo records into someone else's data.
 */
const alreadySeeded = async (payload: Payload): Promise<string | null> => {
  const admins = await payload.count({
    collection: SLUGS.users,
    where: { email: { equals: DEMO_ADMIN_EMAIL } },
    overrideAccess: true,
  })
  if (admins.totalDocs > 0) return `ya existe el usuario ${DEMO_ADMIN_EMAIL}`
  const branches = await payload.count({
    collection: SLUGS.branches,
    where: { code: { in: DEMO_BRANCH_CODES } },
    overrideAccess: true,
  })
  if (branches.totalDocs > 0) return `ya existen sucursales con los códigos ${DEMO_BRANCH_CODES.join(' o ')}`
  return null
}

const writeDemoData = async (payload: Payload, req: PayloadRequest, plan: DemoPlan, today: string) => {
  // Each write returns only its id (plus one small `select`ed field): nothing is read back in full.
  const write = { overrideAccess: true, depth: 0, req, context: SEED_CONTEXT } as const
  const log = (message: string) => payload.logger.info(`Datos de demostración: ${message}`)

  const branchIds = {} as Record<BranchCode, number>
  for (const branch of DEMO_BRANCHES) {
    const doc = await payload.create({ collection: SLUGS.branches, data: { ...branch }, select: { code: true }, ...write })
    branchIds[branch.code] = doc.id
  }
  log(`${DEMO_BRANCHES.length} sucursales creadas (${DEMO_BRANCH_CODES.join(', ')}).`)

  const userIds = new Map<string, number>()
  for (const { description: _description, branch, ...user } of DEMO_USERS) {
    const doc = await payload.create({
      collection: SLUGS.users,
      data: { ...user, password: DEMO_PASSWORD, branch: branch ? branchIds[branch] : null },
      select: { email: true },
      ...write,
    })
    userIds.set(user.email, doc.id)
  }
  log(`${DEMO_USERS.length} usuarios creados, uno o más por rol (contraseña ${DEMO_PASSWORD}).`)

  await payload.updateGlobal({ slug: SLUGS.settings, data: DEMO_SETTINGS, ...write })
  log(`parámetros: ${DEMO_SETTINGS.minimumWages.length} SMMLV y ${DEMO_SETTINGS.moratoriumRates.length} tasas de mora mensuales.`)

  const partyIds = new Map<number, number>()
  for (const party of plan.parties) {
    const { data } = party
    const doc = await payload.create({
      collection: SLUGS.parties,
      data: {
        ...data,
        insolvencySince: data.insolvencySince ? dateField(data.insolvencySince) : null,
        // Derived from the BDME register (writeDemoBdmeEntries), never written on the party.
        reportedToBdme: false,
        bdmeReportedAt: null,
        branch: branchIds[party.branch],
        assignedFirm: party.firmEmail ? userIds.get(party.firmEmail)! : null,
      },
      select: { idNumber: true },
      ...write,
    })
    partyIds.set(party.key, doc.id)
    if (partyIds.size % 60 === 0) log(`terceros ${partyIds.size}/${plan.parties.length}…`)
  }
  log(`${plan.parties.length} terceros creados.`)
  const bdmeEntries = await writeDemoBdmeEntries(payload, write, plan, partyIds, today)
  log(`${bdmeEntries} reportes BDME registrados (uno ya retirado).`)

  const partyByKey = new Map(plan.parties.map((p) => [p.key, p]))
  const clavesOf = new Map<number, Set<string>>()
  let written = 0
  for (const { holderKey, plate, issueDate, coverStart, coverEnd, paymentDueDate, cancelledAt, certificates, ...policy } of plan.policies) {
    const holder = partyIds.get(holderKey)!
    await payload.create({
      collection: SLUGS.policies,
      data: {
        ...policy,
        ...(plate ? { plate } : {}),
        holder,
        branch: branchIds[partyByKey.get(holderKey)!.branch],
        issueDate: dateField(issueDate),
        coverStart: dateField(coverStart),
        coverEnd: dateField(coverEnd),
        paymentDueDate: dateField(paymentDueDate),
        cancelledAt: cancelledAt ? dateField(cancelledAt) : null,
        certificates: certificates.map((c) => ({ ...c, dueDate: dateField(c.dueDate) })),
      },
      select: { number: true },
      ...write,
    })
    clavesOf.set(holder, (clavesOf.get(holder) ?? new Set()).add(policy.clave))
    if (++written % 100 === 0) log(`pólizas ${written}/${plan.policies.length}…`)
  }
  log(`${plan.policies.length} pólizas creadas.`)

  // The claves sync hook was off: each holder gets the sorted claves of its policies, once.
  for (const [holder, claves] of clavesOf) {
    await payload.update({
      collection: SLUGS.parties,
      id: holder,
      data: { claves: [...claves].sort() },
      select: { idNumber: true },
      ...write,
    })
  }
  log(`claves actualizadas en ${clavesOf.size} terceros.`)

  await writeDemoPayouts(payload, write, log)
}

/**
 * Demo data for a local run or a demo environment: branches, one user per role, legal
 * parameters and a portfolio of parties and policies with arrears in every bucket. Idempotent
 * (does nothing once the demo admin exists) and all-or-nothing (one database transaction).
 */
export const seedDemoData = async (payload: Payload): Promise<void> => {
  const started = Date.now()
  const reason = await alreadySeeded(payload)
  if (reason) {
    payload.logger.info(`Datos de demostración: no se cargan porque ${reason}.`)
    return
  }
  const today = bogotaToday()
  payload.logger.info(`Datos de demostración: cargando (fechas relativas a hoy, ${today}, en Bogotá)…`)
  const plan = buildDemoPlan(today)

  const req = await createLocalReq({}, payload)
  // Context on a shared req sticks to every call made with it: hooks see these flags throughout.
  req.context = { ...SEED_CONTEXT }
  const ownsTransaction = await initTransaction(req)
  try {
    await writeDemoData(payload, req, plan, today)
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    payload.logger.error({ err: error }, 'Datos de demostración: falló la carga; no se guardó nada (transacción revertida).')
    throw error
  }
  payload.logger.info(`Datos de demostración: listos en ${seconds(started)}.`)
}
