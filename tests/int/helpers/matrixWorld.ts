import type { Payload } from 'payload'

import type { Actor } from '@/auth/accessMatrix'
import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { Case, Document, Legalization, Notification, Party, Payment, Policy, Request, User } from '@/payload-types'
import { nitCheckDigit } from '@/rules/identification'
import { agreementRowsFor, buildAgreementRows, newAgreementRowData } from './agreementWorld'
import { assignmentRowsFor, buildAssignmentRows, newAssignmentRowData } from './assignmentWorld'
import { buildCaseWorld, debtLine } from './caseWorld'
import { createPolicy, policyData, randomDigits } from './fixtures'
import { buildNoticeRows, newNoticeRowData, noticeRowsFor } from './noticeWorld'
import { buildGuaranteeRows, guaranteeRowsFor, newGuaranteeRowData } from './guaranteeWorld'
import { buildPayoutRows, newPayoutRowData, payoutRowsFor } from './payoutWorld'
import { pdfBytes, reactivationOf, requestKindIds } from './requestFixtures'
import { walkCase } from './walkCase'

/** Payload's own collection of queued jobs (not in SLUGS: the app does not define it). */
export const JOBS_SLUG = 'payload-jobs'
export const JOBS_STATS_SLUG = 'payload-jobs-stats'

/** Every collection of the matrix, as the Local API names them. */
export type MatrixSlug = (typeof SLUGS)[keyof Omit<typeof SLUGS, 'settings' | 'assignmentRules'>] | typeof JOBS_SLUG

/** One of the two sides of the world: Bogotá (firm A, broker A's clave) or Medellín (firm B, broker B's clave). */
export type Side = 'bog' | 'med'

type Row = { id: number }

/** Written as the system would: fixtures never depend on the access being tested. */
const system = { overrideAccess: true, depth: 0 } as const

export const pdfFile = (name = `matriz-${randomDigits(6)}.pdf`) => {
  const data = Buffer.from(pdfBytes())
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

/** A one-party core-system file for portfolio imports (queued, never run by the matrix). */
export const importCsvFile = (name = `matriz-${randomDigits(6)}.csv`) => {
  const data = Buffer.from(`TIPO_DOC;NUM_DOC;NOMBRES;APELLIDOS;SUCURSAL\nCC;1${randomDigits(9)};Matriz;Carga;BOG\n`, 'utf-8')
  return { data, mimetype: 'text/csv', name, size: data.length }
}

/** Collections whose rows are uploads, and the file each takes. */
export const uploadFileFor = (slug: string) => (slug === SLUGS.documents ? pdfFile() : slug === SLUGS.portfolioImports ? importCsvFile() : null)

/**
 * The access world (two branches, every role, two firms, two brokers) plus one row of every other
 * collection per side: a request, a legalization and a payment per broker clave, a case with its
 * notification and events per branch (assigned to each firm), a coactive case per branch for the
 * executor officer, documents attached to each side, a provider's and an editor's own upload, an
 * audit entry, a request kind with a downloadable form and a queued job.
 */
export const buildMatrixWorld = async (payload: Payload) => {
  const world = await buildCaseWorld(payload)
  const { users, branches, claves } = world
  const kinds = await requestKindIds(payload)

  const create = async <T>(collection: MatrixSlug, data: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<T> =>
    (await payload.create({ collection: collection as never, data: data as never, ...system, ...extra })) as T

  // Internal data of the parties is filled in, so that "the field is not there" means it was hidden.
  const internal = { reportedToBdme: true, bdmeReportedAt: '2026-03-02T12:00:00.000Z', insolvencySince: '2026-02-02T12:00:00.000Z', cannotBeLocated: false }
  await payload.update({ collection: SLUGS.parties, id: world.parties.debtorBog.id, data: internal as never, ...system })
  await payload.update({ collection: SLUGS.parties, id: world.parties.debtorMed.id, data: internal as never, ...system })
  const providerParty = await create<Party>(SLUGS.parties, {
    idType: 'NIT',
    idNumber: users.provider.nit,
    checkDigit: nitCheckDigit(users.provider.nit!),
    businessName: `Prestador ${world.tag}`,
    branch: branches.bog.id,
    assignedFirm: users.firmA.id,
    ...internal,
  })
  // A policy under broker A's clave gives the provider's party claves: hidden from the provider too.
  await createPolicy(payload, { number: `POL-P-${world.tag}`, holder: providerParty.id, branch: branches.bog.id, clave: claves.claveA })

  const request = (side: Side) =>
    create<Request>(
      SLUGS.requests,
      side === 'bog'
        ? reactivationOf(world, kinds)
        : reactivationOf(world, kinds, {
            clave: claves.claveB,
            clientIdType: world.parties.debtorMed.idType,
            clientIdNumber: world.parties.debtorMed.idNumber,
            policyNumber: world.policies.policyMed.number,
          }),
    )
  const requests = { bog: await request('bog'), med: await request('med') }

  // R-LEG-02: one collection account per branch, and a national one the confirmations name.
  const bankAccount = (side: Side | null) =>
    create<Row & { accountNumber: string }>(SLUGS.bankAccounts, {
      bank: 'BANCOLOMBIA',
      accountType: 'CORRIENTE',
      accountNumber: `${side ?? 'nal'}-${world.tag}`,
      branches: side ? [branches[side].id] : [],
    })
  const bankAccounts = { bog: await bankAccount('bog'), med: await bankAccount('med') }
  const nationalAccount = await bankAccount(null)

  const legalization = (side: Side) =>
    create<Legalization>(SLUGS.legalizations, {
      clave: side === 'bog' ? claves.claveA : claves.claveB,
      policies: [side === 'bog' ? world.policies.policyBog.id : world.policies.policyMed.id],
    })
  const legalizations = { bog: await legalization('bog'), med: await legalization('med') }

  const payment = (side: Side) =>
    create<Payment>(SLUGS.payments, {
      kind: 'TRANSFERENCIA',
      paidOn: '2026-03-02',
      amount: 1_000,
      bankAccount: 'CITIBANK 5060193217',
      bankBranch: '123',
      legalization: legalizations[side].id,
      policies: [side === 'bog' ? world.policies.policyBog.id : world.policies.policyMed.id],
      clave: side === 'bog' ? claves.claveA : claves.claveB,
      branch: branches[side].id,
    })
  const payments = { bog: await payment('bog'), med: await payment('med') }

  const openCase = (debtor: number) => create<Case>(SLUGS.cases, { debtor, debtLines: [debtLine(5_000_000, '2026-03-15')] })
  const cases = { bog: await openCase(world.parties.debtorBog.id), med: await openCase(world.parties.debtorMed.id) }

  // The executor officer acts only in the coactive stage (R-ROL-05): one coactive case per branch,
  // of a debtor of its own, walked there through the rules as the seed walks its demo cases.
  const coactiveCase = async (side: Side) => {
    const debtor = await create<Party>(SLUGS.parties, {
      idType: 'CC',
      idNumber: `1${randomDigits(9)}`,
      firstName: 'Coactivo',
      lastName: world.tag,
      branch: branches[side].id,
      assignedFirm: side === 'bog' ? users.firmA.id : users.firmB.id,
    })
    return walkCase(payload, world, { to: 'MANDAMIENTO_LIBRADO', side, debtor: debtor.id })
  }
  const coactiveCases = { bog: await coactiveCase('bog'), med: await coactiveCase('med') }

  const notification = (caseId: number, act: string) => create<Notification>(SLUGS.notifications, { case: caseId, act })
  const notifications = {
    bog: await notification(cases.bog.id, 'DECISION_RECURSO'),
    med: await notification(cases.med.id, 'DECISION_RECURSO'),
  }
  const coactiveNotifications = {
    bog: await notification(coactiveCases.bog.id, 'MANDAMIENTO_DE_PAGO'),
    med: await notification(coactiveCases.med.id, 'MANDAMIENTO_DE_PAGO'),
  }

  const eventOf = async (caseId: number): Promise<Row> => {
    const { docs } = await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: caseId } }, limit: 1, ...system })
    return docs[0] ?? create<Row>(SLUGS.caseEvents, { case: caseId, at: new Date().toISOString(), kind: 'ACTO', summary: 'Apertura' })
  }
  const caseEvents = { bog: await eventOf(cases.bog.id), med: await eventOf(cases.med.id) }

  // Documents attached to each side's request (branch, clave) and notification (branch, firm),
  // and uploads of their own by portal users and the editor.
  const upload = (user?: User) => create<Document>(SLUGS.documents, { category: 'SOPORTE' }, { file: pdfFile(), user })
  const requestDocs = { bog: await upload(users.admin), med: await upload(users.admin) }
  const caseDocs = { bog: await upload(users.admin), med: await upload(users.admin) }
  for (const side of ['bog', 'med'] as const) {
    await payload.update({ collection: SLUGS.requests, id: requests[side].id, data: { attachments: [requestDocs[side].id] } as never, ...system })
    await payload.update({
      collection: SLUGS.notifications,
      id: notifications[side].id,
      data: { document: caseDocs[side].id } as never,
      context: { deadlinesOnly: true },
      ...system,
    })
  }
  const ownUploads = {
    provider: await upload(users.provider),
    editor: await upload(users.editor),
  }

  const auditLog = await create<Row>(SLUGS.auditLogs, {
    collectionSlug: SLUGS.parties,
    documentId: String(world.parties.debtorBog.id),
    operation: 'update',
    userEmail: users.admin.email,
  })

  const formDoc = await upload(users.admin)
  const requestKind = await create<Row>(SLUGS.requestKinds, {
    code: `MATRIZ${world.tag}`,
    name: `Matriz ${world.tag}`,
    subtypes: [{ code: 'FORMATO', name: 'Con formato', form: formDoc.id }],
  })

  // A message of each side's case: read as the case is (it takes the case's branch and firm).
  const emailOf = (caseId: number, side: string) =>
    create<Row>(SLUGS.emailMessages, {
      to: users.admin.email,
      subject: `Matriz ${world.tag} ${side}`,
      template: 'deadlineDigest',
      text: 'Correo de la matriz',
      case: caseId,
    })
  const emailMessages = { bog: await emailOf(cases.bog.id, 'bog'), med: await emailOf(cases.med.id, 'med') }
  const counter = (await payload.find({ collection: SLUGS.caseNumberCounters, limit: 1, ...system })).docs[0] as Row
  const portfolioImport = await create<Row>(SLUGS.portfolioImports, { kind: 'TERCEROS', mode: 'TODO_O_NADA' }, { file: importCsvFile() })
  const job = (await payload.jobs.queue({ task: 'deadlineSweep' as never, input: { asOf: '2026-01-05' } as never, queue: 'matriz' })) as Row
  const payoutRows = await buildPayoutRows(payload, users.provider.nit!)
  const agreementRows = await buildAgreementRows(payload, world)
  const noticeRows = await buildNoticeRows(payload, notifications, await upload(users.admin))
  const guaranteeRows = await buildGuaranteeRows(payload, { ...world, cases })
  // 001 §7.2.1–7.2.2: a draft snapshot and, the month after, a published one (periods far from real ones).
  const year = 2100 + Number(randomDigits(3))
  const indicatorSnapshots = {
    draft: await create<{ id: number; period: string }>(SLUGS.indicatorSnapshots, { period: `${year}-05`, status: 'BORRADOR' }),
    published: await create<{ id: number; period: string }>(SLUGS.indicatorSnapshots, { period: `${year}-06`, status: 'PUBLICADO' }),
  }
  const assignmentRows = await buildAssignmentRows(payload, world)

  return {
    ...world,
    kinds,
    providerParty,
    requests,
    legalizations,
    bankAccounts,
    nationalAccount,
    payments,
    cases,
    coactiveCases,
    notifications,
    coactiveNotifications,
    caseEvents,
    requestDocs,
    caseDocs,
    ownUploads,
    auditLog,
    requestKind,
    counter,
    job,
    portfolioImport,
    payoutRows,
    agreementRows,
    emailMessages,
    noticeRows,
    guaranteeRows,
    indicatorSnapshots,
    assignmentRows,
  }
}

export type MatrixWorld = Awaited<ReturnType<typeof buildMatrixWorld>>

/** The user that plays each actor: the Bogotá / firm A / broker A side is always "its own". */
export const userFor = (world: MatrixWorld, actor: Actor): User | undefined => {
  const u = world.users
  const byRole: Record<Actor, User | undefined> = {
    anonymous: undefined,
    [ROLES.admin]: u.admin,
    [ROLES.collectionsManager]: u.collectionsManager,
    [ROLES.branchManager]: u.branchManagerBog,
    [ROLES.branchProfessional]: u.professionalBog,
    [ROLES.externalFirm]: u.firmA,
    [ROLES.executorOfficer]: u.executor,
    [ROLES.legalManager]: u.legal,
    [ROLES.editor]: u.editor,
    [ROLES.broker]: u.brokerA,
    [ROLES.provider]: u.provider,
  }
  return byRole[actor]
}

/**
 * For an actor and a collection: a row of its own scope and a row outside it. National roles and
 * those who see nothing get the Bogotá and Medellín rows (both, or neither, must show).
 */
export const rowsFor = (world: MatrixWorld, actor: Actor, slug: MatrixSlug): { own: Row; other: Row } => {
  const pair = <T extends Row>(p: { bog: T; med: T }) => ({ own: p.bog, other: p.med })
  const me = userFor(world, actor)
  switch (slug) {
    case SLUGS.users:
      return { own: me ?? world.users.editor, other: actor === ROLES.legalManager ? world.users.editor : world.users.legal }
    case SLUGS.branches:
      return pair(world.branches)
    case SLUGS.parties:
      if (actor === ROLES.provider) return { own: world.providerParty, other: world.parties.debtorBog }
      return { own: world.parties.debtorBog, other: world.parties.debtorMed }
    case SLUGS.policies:
      return { own: world.policies.policyBog, other: world.policies.policyMed }
    case SLUGS.documents:
      if (actor === ROLES.provider) return { own: world.ownUploads.provider, other: world.requestDocs.bog }
      if (actor === ROLES.editor) return { own: world.ownUploads.editor, other: world.requestDocs.bog }
      if (actor === ROLES.externalFirm) return pair(world.caseDocs)
      return pair(world.requestDocs)
    case SLUGS.requests:
      return pair(world.requests)
    case SLUGS.requestKinds:
      return { own: world.requestKind, other: { id: world.kinds.RECAUDO! } }
    case SLUGS.legalizations:
      return pair(world.legalizations)
    case SLUGS.payments:
      return pair(world.payments)
    case SLUGS.bankAccounts:
      return pair(world.bankAccounts)
    case SLUGS.caseNumberCounters:
      return { own: world.counter, other: world.counter }
    case SLUGS.cases:
      return actor === ROLES.executorOfficer ? pair(world.coactiveCases) : pair(world.cases)
    case SLUGS.notifications:
      return actor === ROLES.executorOfficer ? pair(world.coactiveNotifications) : pair(world.notifications)
    case SLUGS.caseEvents:
      return pair(world.caseEvents)
    case SLUGS.auditLogs:
      return { own: world.auditLog, other: world.auditLog }
    case SLUGS.emailMessages:
      return pair(world.emailMessages)
    case JOBS_SLUG:
      return { own: world.job, other: world.job }
    case SLUGS.portfolioImports:
      return { own: world.portfolioImport, other: world.portfolioImport }
    case SLUGS.providerRegistry:
    case SLUGS.providerRegistrations:
    case SLUGS.payouts:
    case SLUGS.payoutInvoices:
      return payoutRowsFor(world.payoutRows, slug)
    case SLUGS.agreements:
    case SLUGS.agreementInstalments:
      return agreementRowsFor(world.agreementRows, slug)
    case SLUGS.notices:
      return noticeRowsFor(world.noticeRows, actor)
    case SLUGS.guarantees:
    case SLUGS.bdmeEntries:
      return guaranteeRowsFor(world.guaranteeRows, slug)
    case SLUGS.indicatorSnapshots: {
      // The keepers' own row is the draft they may still change; everyone else's is the published one.
      const { draft, published } = world.indicatorSnapshots
      const keeper = actor === ROLES.admin || actor === ROLES.collectionsManager
      return keeper ? { own: draft, other: published } : { own: published, other: draft }
    }
    case SLUGS.assignmentBatches:
    case SLUGS.firmAssignments:
    case SLUGS.managementReports:
      return assignmentRowsFor(world.assignmentRows, slug)
  }
}

/** A period of a throwaway snapshot, years 2100–3099, away from the world's and real ones. */
export const indicatorPeriod = (tag: string) => `${2100 + Number(tag.slice(0, 3))}-${String(1 + (Number(tag.slice(3, 5)) % 12)).padStart(2, '0')}`

/** Data of a new row on one side, valid as the actor would send it. */
export const newRowData = (world: MatrixWorld, actor: Actor, slug: MatrixSlug, side: Side): Record<string, unknown> => {
  const tag = randomDigits(8)
  const bog = side === 'bog'
  switch (slug) {
    case SLUGS.users:
      return { email: `matriz-${tag}@test.co`, password: 'Kx7-Rio-Magdalena-Nube!', name: 'Usuario temporal', role: ROLES.editor }
    case SLUGS.branches:
      return { code: `X${tag.slice(0, 7)}`, name: `Sucursal ${tag}`, city: 'Cali' }
    case SLUGS.parties:
      return {
        idType: 'CC',
        idNumber: `1${randomDigits(9)}`,
        firstName: 'Matriz',
        lastName: tag,
        insolvencyStatus: 'NINGUNO',
        branch: world.branches[side].id,
      }
    case SLUGS.policies:
      // Select fields with a default are required in GraphQL's input types: sent explicitly.
      return policyData({
        paymentStatus: 'PENDIENTE',
        status: 'VIGENTE',
        number: `POL-MZ-${tag}`,
        holder: (bog ? world.parties.debtorBog : world.parties.debtorMed).id,
        branch: world.branches[side].id,
        clave: bog ? world.claves.claveA : world.claves.claveB,
      })
    case SLUGS.documents:
      return { category: 'SOPORTE' }
    case SLUGS.requests:
      return bog
        ? reactivationOf(world, world.kinds, { status: 'RADICADO' })
        : reactivationOf(world, world.kinds, {
            status: 'RADICADO',
            clave: world.claves.claveB,
            clientIdType: world.parties.debtorMed.idType,
            clientIdNumber: world.parties.debtorMed.idNumber,
            policyNumber: world.policies.policyMed.number,
          })
    case SLUGS.requestKinds:
      return { code: `MZ${tag}`, name: `Matriz ${tag}`, subtypes: [{ code: 'UNO', name: 'Uno' }] }
    case SLUGS.legalizations:
      return {
        flow: 'AUTOMATICO',
        status: 'BORRADOR',
        clave: bog ? world.claves.claveA : world.claves.claveB,
        policies: [(bog ? world.policies.policyBog : world.policies.policyMed).id],
      }
    case SLUGS.payments:
      return {
        kind: 'TRANSFERENCIA',
        paidOn: '2026-03-02',
        amount: 1_000,
        bankAccount: 'CITIBANK 5060193217',
        bankBranch: '123',
        legalization: world.legalizations[side].id,
        clave: bog ? world.claves.claveA : world.claves.claveB,
      }
    case SLUGS.bankAccounts:
      return { bank: 'DAVIVIENDA', accountType: 'AHORROS', accountNumber: `MZ-${tag}`, branches: [world.branches[side].id], active: true }
    case SLUGS.caseNumberCounters:
      return { year: 3000 + Number(tag.slice(0, 3)), lastNumber: 1 }
    case SLUGS.cases:
      return {
        stage: 'PERSUASIVO',
        subState: 'GESTION_PERSUASIVA',
        debtor: (bog ? world.parties.debtorBog : world.parties.debtorMed).id,
        debtLines: [debtLine(2_000_000, '2026-04-15')] }
    case SLUGS.notifications:
      return actor === ROLES.executorOfficer
        ? { case: world.coactiveCases[side].id, act: 'MANDAMIENTO_DE_PAGO' }
        : { case: world.cases[side].id, act: 'RESOLUCION_INCUMPLIMIENTO' }
    case SLUGS.caseEvents:
      return { case: world.cases[side].id, at: new Date().toISOString(), kind: 'ACTO', summary: `Matriz ${tag}` }
    case SLUGS.auditLogs:
      return { collectionSlug: SLUGS.parties, documentId: String(world.parties.debtorBog.id), operation: 'update', userEmail: `m${tag}@test.co` }
    case SLUGS.emailMessages:
      return { to: `m${tag}@test.co`, subject: `Matriz ${tag}`, template: 'deadlineDigest', text: 'Correo de la matriz', status: 'QUEUED', attempts: 0 }
    case SLUGS.portfolioImports:
      return { kind: 'TERCEROS', mode: 'TODO_O_NADA' }
    case JOBS_SLUG:
      return { taskSlug: 'deadlineSweep', input: { asOf: '2026-01-05' }, queue: `matriz-${tag}` }
    case SLUGS.providerRegistry:
    case SLUGS.providerRegistrations:
    case SLUGS.payouts:
    case SLUGS.payoutInvoices:
      return newPayoutRowData(world.payoutRows, slug, side)
    case SLUGS.agreements:
    case SLUGS.agreementInstalments:
      return newAgreementRowData(world.agreementRows, slug, side)
    case SLUGS.notices:
      return newNoticeRowData(world.notifications, side)
    case SLUGS.guarantees:
    case SLUGS.bdmeEntries:
      return newGuaranteeRowData(world.guaranteeRows, slug, side)
    case SLUGS.indicatorSnapshots:
      return { period: indicatorPeriod(tag), status: 'BORRADOR' }
    case SLUGS.assignmentBatches:
    case SLUGS.firmAssignments:
    case SLUGS.managementReports:
      return newAssignmentRowData(world.assignmentRows, slug, side, actor)
  }
}

/** A throwaway row to delete, written as the system would on the actor's own side. */
export const throwawayRow = async (payload: Payload, world: MatrixWorld, actor: Actor, slug: MatrixSlug): Promise<Row> => {
  if (slug === JOBS_SLUG) {
    return (await payload.jobs.queue({ task: 'deadlineSweep' as never, input: { asOf: '2026-01-05' } as never, queue: 'matriz' })) as Row
  }
  const data = newRowData(world, actor, slug, 'bog')
  const file = uploadFileFor(slug)
  const extra = file ? { file } : {}
  return (await payload.create({ collection: slug as never, data: data as never, ...system, ...extra })) as Row
}

export type { Case, Document, Legalization, Notification, Party, Payment, Policy, Request }
