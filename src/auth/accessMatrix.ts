import { BRANCH_ROLES, EXTERNAL_ROLES, INTERNAL_ROLES, NATIONAL_ROLES, ROLE_OPTIONS, ROLES, type Role } from './roles'

/**
 * The intended access policy as data: for each collection, global, custom endpoint and
 * guarded field, what anonymous visitors and each role may read and change. The integration test
 * tests/int/accessMatrix.test.ts runs every cell over REST, GraphQL and the Local API, and
 * docs/security.md is generated from it (scripts/generate-security-doc.ts): the table IS the test.
 */

export type Actor = 'anonymous' | Role

export const ACTORS: readonly Actor[] = ['anonymous', ...ROLE_OPTIONS.map((o) => o.value)]

export const ACTOR_LABELS: Record<Actor, string> = {
  anonymous: 'Anónimo',
  ...(Object.fromEntries(ROLE_OPTIONS.map((o) => [o.value, o.label])) as Record<Role, string>),
}

/** all: every row; scope: its own rows only (others invisible); self: only its own record / uploads; none: nothing. */
export type ReadOutcome = 'all' | 'scope' | 'self' | 'none'
/** allowed: any row; scope: its own rows, refused on others'; self: only its own record; none: refused. */
export type WriteOutcome = 'allowed' | 'scope' | 'self' | 'none'
export type Outcome = ReadOutcome | WriteOutcome

export type Operation = 'read' | 'create' | 'update' | 'delete'
export type Channel = 'rest' | 'graphql' | 'local'

export const CHANNEL_LABELS: Record<Channel, string> = { rest: 'REST', graphql: 'GraphQL', local: 'Local API' }

export const OUTCOME_LABELS: Record<Outcome, { es: string; en: string }> = {
  all: { es: 'todo', en: 'all' },
  scope: { es: 'lo suyo', en: 'own scope' },
  self: { es: 'solo lo propio', en: 'self only' },
  none: { es: '—', en: 'none' },
  allowed: { es: 'sí', en: 'allowed' },
}

export type SubjectKind = 'collection' | 'global' | 'endpoint' | 'field' | 'credential'

export type MatrixCell = {
  /** Stable key, e.g. `parties.read`, `parties.reportedToBdme.update`, `endpoint.legalizations.confirm`. */
  key: string
  kind: SubjectKind
  /** Collection or global slug the cell is about (for endpoints: the collection the operation is checked against). */
  slug: string
  /** For field cells: the field's path. */
  field?: string
  operation: Operation
  label: { es: string; en: string }
  /** Rule the cell proves when it is not R-ROL-01/02 (e.g. R-ROL-05 for the BDME flag). */
  rule?: string
  channels: readonly Channel[]
  expected: Record<Actor, Outcome>
}

const ALL_CHANNELS: readonly Channel[] = ['rest', 'graphql', 'local']
const REST_ONLY: readonly Channel[] = ['rest']

const FIRM = ROLES.externalFirm
const BROKER = ROLES.broker
const PROVIDER = ROLES.provider
const EDITOR = ROLES.editor
const EXEC = ROLES.executorOfficer
const CM = ROLES.collectionsManager
const BM = ROLES.branchManager
const BP = ROLES.branchProfessional
const ADMIN = ROLES.admin

/** Builds an actor → outcome table: `rest` for everyone not named (anonymous included). */
const outcomes = <O extends Outcome>(rest: O, named: Partial<Record<Actor, O>>): Record<Actor, O> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, named[actor] ?? rest])) as Record<Actor, O>

const each = <O extends Outcome>(roles: readonly Role[], outcome: O): Partial<Record<Actor, O>> =>
  Object.fromEntries(roles.map((role) => [role, outcome])) as Partial<Record<Actor, O>>

const adminOnly = (): Record<Actor, WriteOutcome> => outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed' })
const nobody = (): Record<Actor, WriteOutcome> => outcomes<WriteOutcome>('none', {})
const adminReadsAll = (): Record<Actor, ReadOutcome> => outcomes<ReadOutcome>('none', { [ADMIN]: 'all' })

/** National roles read every row; branch staff, firms, brokers and providers their scope when the collection has a path for them. */
const scopedRead = (who: { firm?: boolean; broker?: boolean; provider?: boolean }): Record<Actor, ReadOutcome> =>
  outcomes<ReadOutcome>('none', {
    ...each(NATIONAL_ROLES, 'all'),
    ...each(BRANCH_ROLES, 'scope'),
    ...(who.firm ? { [FIRM]: 'scope' as const } : {}),
    ...(who.broker ? { [BROKER]: 'scope' as const } : {}),
    ...(who.provider ? { [PROVIDER]: 'scope' as const } : {}),
  })

/** Portfolio maintenance: the administrator and collections manager anywhere, branch staff in their branch. */
const portfolioWrite = (): Record<Actor, WriteOutcome> =>
  outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [CM]: 'allowed', ...each(BRANCH_ROLES, 'scope') })

/** Filing and working a broker's record: the broker on its claves, staff (branch staff in their branch). */
const brokerRecordWrite = (staffBranchScope: WriteOutcome): Record<Actor, WriteOutcome> =>
  outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [CM]: 'allowed', ...each(BRANCH_ROLES, staffBranchScope), [BROKER]: 'scope' })

/** Who works a collection case (and its notifications): national case workers anywhere, branch staff their branch, a firm what is assigned to it. */
const caseWork = (): Record<Actor, WriteOutcome> =>
  outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [CM]: 'allowed', [EXEC]: 'allowed', ...each(BRANCH_ROLES, 'scope'), [FIRM]: 'scope' })

/** Who works a payment agreement: the case workers and the legal manager, who approves them (R-ROL-04). */
const agreementWork = (): Record<Actor, WriteOutcome> => ({ ...caseWork(), [ROLES.legalManager]: 'allowed' })

/** The fields that decide who works a record: administrator, collections manager, branch manager in its branch. */
const assignmentWrite = (): Record<Actor, WriteOutcome> =>
  outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [CM]: 'allowed', [BM]: 'scope' })

/** Issue 12: the registry of providers and their payouts are kept by the administrator and the collections manager. */
const payoutKeepers = (): Record<Actor, WriteOutcome> => outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [CM]: 'allowed' })
const payoutKeepersRead = (): Record<Actor, ReadOutcome> => outcomes<ReadOutcome>('none', { [ADMIN]: 'all', [CM]: 'all' })
/** A provider's payouts (R-ROL-02): national staff every voucher, the provider those of its NIT, no one else. */
const payoutsRead = (): Record<Actor, ReadOutcome> => outcomes<ReadOutcome>('none', { ...each(NATIONAL_ROLES, 'all'), [PROVIDER]: 'scope' })

/** Seed 001 §7.2.1 item 6: the assignment to external firms is kept by the administrator and the collections manager. */
const firmAssignmentKeepers = (): Record<Actor, WriteOutcome> => outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [CM]: 'allowed' })
const firmAssignmentKeepersRead = (): Record<Actor, ReadOutcome> => outcomes<ReadOutcome>('none', { [ADMIN]: 'all', [CM]: 'all' })

/** R-NOT-02: the public notices are written by the editors and the administrator. */
const noticeEditors = (): Record<Actor, WriteOutcome> => outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [EDITOR]: 'allowed' })

/** 001 §7.2.1 item 3: the collections manager (and the administrator) takes and publishes the indicators. */
const indicatorKeepers = (): Record<Actor, WriteOutcome> => outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [CM]: 'allowed' })

const internalStaffRead = (): Record<Actor, ReadOutcome> => outcomes<ReadOutcome>('none', each(INTERNAL_ROLES, 'all'))
const authenticatedRead = (): Record<Actor, ReadOutcome> => outcomes<ReadOutcome>('all', { anonymous: 'none' })

type CollectionPolicy = {
  slug: string
  es: string
  en: string
  read: Record<Actor, ReadOutcome>
  create: Record<Actor, WriteOutcome>
  update: Record<Actor, WriteOutcome>
  delete: Record<Actor, WriteOutcome>
  /** Channels of this collection (Payload's jobs collection has no GraphQL; uploads are not created over GraphQL). */
  channels?: Partial<Record<Operation, readonly Channel[]>>
}

const COLLECTIONS: CollectionPolicy[] = [
  {
    slug: 'users',
    es: 'Usuarios',
    en: 'Users',
    // Internal staff read every user for its name (a case's responsible and firm); private fields are cells below.
    read: outcomes<ReadOutcome>('self', { anonymous: 'none', ...each(INTERNAL_ROLES, 'all') }),
    create: adminOnly(),
    update: outcomes<WriteOutcome>('self', { anonymous: 'none', [ADMIN]: 'allowed' }),
    delete: adminOnly(),
  },
  {
    slug: 'branches',
    es: 'Sucursales',
    en: 'Branches',
    read: internalStaffRead(),
    create: adminOnly(),
    update: adminOnly(),
    delete: adminOnly(),
  },
  {
    slug: 'parties',
    es: 'Terceros (deudores y clientes)',
    en: 'Parties (debtors and clients)',
    read: scopedRead({ firm: true, broker: true, provider: true }),
    create: portfolioWrite(),
    update: portfolioWrite(),
    delete: adminOnly(),
  },
  {
    slug: 'policies',
    es: 'Pólizas',
    en: 'Policies',
    read: scopedRead({ firm: true, broker: true }),
    create: portfolioWrite(),
    update: portfolioWrite(),
    delete: adminOnly(),
  },
  {
    slug: 'documents',
    es: 'Documentos (archivos)',
    en: 'Documents (uploads)',
    read: outcomes<ReadOutcome>('none', {
      ...each(NATIONAL_ROLES, 'all'),
      ...each(BRANCH_ROLES, 'scope'),
      [FIRM]: 'scope',
      [BROKER]: 'scope',
      [PROVIDER]: 'self',
      [EDITOR]: 'self',
    }),
    create: outcomes<WriteOutcome>('allowed', { anonymous: 'none' }),
    update: adminOnly(),
    delete: adminOnly(),
    // Payload takes files over REST and the Local API, not over GraphQL.
    channels: { create: ['rest', 'local'] },
  },
  {
    slug: 'requests',
    es: 'Solicitudes',
    en: 'Requests',
    read: scopedRead({ broker: true }),
    create: brokerRecordWrite('allowed'),
    update: brokerRecordWrite('scope'),
    delete: adminOnly(),
  },
  {
    slug: 'request-kinds',
    es: 'Tipos de solicitud',
    en: 'Request kinds',
    read: authenticatedRead(),
    create: adminOnly(),
    update: adminOnly(),
    delete: adminOnly(),
  },
  {
    slug: 'legalizations',
    es: 'Legalizaciones de pagos',
    en: 'Payment legalizations',
    read: scopedRead({ broker: true }),
    // Branch staff legalize the portfolio they can read (R-LEG-01 reads policies with their access).
    create: brokerRecordWrite('scope'),
    update: brokerRecordWrite('scope'),
    delete: adminOnly(),
  },
  {
    slug: 'payments',
    es: 'Pagos',
    en: 'Payments',
    read: scopedRead({ broker: true }),
    create: nobody(),
    update: nobody(),
    delete: adminOnly(),
  },
  {
    slug: 'bank-accounts',
    es: 'Cuentas bancarias de recaudo',
    en: 'Collection bank accounts',
    // R-LEG-02: whoever legalizes payments reads the catalogue to choose the account; the administrator keeps it.
    read: outcomes<ReadOutcome>('none', { [ADMIN]: 'all', [CM]: 'all', ...each(BRANCH_ROLES, 'all'), [BROKER]: 'all' }),
    create: adminOnly(),
    update: adminOnly(),
    delete: adminOnly(),
  },
  {
    slug: 'case-number-counters',
    es: 'Consecutivos de radicado',
    en: 'Case number counters',
    read: adminReadsAll(),
    create: nobody(),
    update: nobody(),
    delete: nobody(),
  },
  {
    slug: 'cases',
    es: 'Expedientes de cobro',
    en: 'Collection cases',
    read: scopedRead({ firm: true }),
    create: portfolioWrite(),
    update: caseWork(),
    delete: nobody(),
  },
  {
    slug: 'notifications',
    es: 'Notificaciones',
    en: 'Notifications',
    // Editors read every notification record, to publish the notice of any branch's act (R-NOT-02).
    read: { ...scopedRead({ firm: true }), [EDITOR]: 'all' },
    create: caseWork(),
    update: caseWork(),
    delete: nobody(),
  },
  {
    slug: 'case-events',
    es: 'Actuaciones del expediente',
    en: 'Case events',
    read: scopedRead({ firm: true }),
    create: nobody(),
    update: nobody(),
    delete: nobody(),
  },
  {
    slug: 'agreements',
    es: 'Acuerdos de pago',
    en: 'Payment agreements',
    read: scopedRead({ firm: true }),
    create: agreementWork(),
    update: agreementWork(),
    delete: nobody(),
  },
  {
    slug: 'agreement-instalments',
    es: 'Cuotas de acuerdos de pago',
    en: 'Payment agreement instalments',
    read: scopedRead({ firm: true }),
    // Written only by the approval and the payments, in their transaction.
    create: nobody(),
    update: nobody(),
    delete: nobody(),
  },
  {
    slug: 'guarantees',
    es: 'Garantías',
    en: 'Guarantees',
    read: scopedRead({ firm: true }),
    create: caseWork(),
    update: caseWork(),
    delete: nobody(),
  },
  {
    slug: 'bdme-entries',
    es: 'Reportes BDME (R-ROL-05)',
    en: 'BDME register (R-ROL-05)',
    read: internalStaffRead(),
    create: outcomes<WriteOutcome>('none', { [EXEC]: 'allowed' }),
    update: outcomes<WriteOutcome>('none', { [EXEC]: 'allowed' }),
    delete: nobody(),
  },
  {
    slug: 'indicator-snapshots',
    es: 'Cortes de indicadores de cartera (publicados: R-IND-01)',
    en: 'Portfolio indicator snapshots (published ones are immutable: R-IND-01)',
    // The collections manager and the administrator read drafts too; national and branch staff the
    // published ones ("lo suyo"; branch staff get only their branch's rows, tests/int/indicators.test.ts).
    read: outcomes<ReadOutcome>('none', { [ADMIN]: 'all', [CM]: 'all', [EXEC]: 'scope', [ROLES.legalManager]: 'scope', ...each(BRANCH_ROLES, 'scope') }),
    create: indicatorKeepers(),
    // "lo suyo": the draft; a published snapshot is refused to everyone (R-IND-01).
    update: outcomes<WriteOutcome>('none', { [ADMIN]: 'scope', [CM]: 'scope' }),
    delete: indicatorKeepers(),
  },
  {
    slug: 'audit-logs',
    es: 'Bitácora de auditoría',
    en: 'Audit trail',
    read: adminReadsAll(),
    create: nobody(),
    update: nobody(),
    delete: nobody(),
  },
  {
    slug: 'provider-registry',
    es: 'Registro de prestadores',
    en: 'Provider registry',
    read: payoutKeepersRead(),
    create: payoutKeepers(),
    update: payoutKeepers(),
    delete: adminOnly(),
  },
  {
    slug: 'provider-registrations',
    es: 'Registros de prestadores en el portal',
    en: 'Provider portal registrations',
    read: payoutKeepersRead(),
    // Created by the anonymous registration endpoint only; activating one activates a user (administrator).
    create: nobody(),
    update: adminOnly(),
    delete: adminOnly(),
  },
  {
    slug: 'payouts',
    es: 'Comprobantes de egreso a prestadores',
    en: 'Provider payment vouchers',
    read: payoutsRead(),
    create: payoutKeepers(),
    update: payoutKeepers(),
    delete: adminOnly(),
  },
  {
    slug: 'payout-invoices',
    es: 'Facturas cruzadas de los comprobantes',
    en: 'Invoices crossed by vouchers',
    read: payoutsRead(),
    create: payoutKeepers(),
    update: payoutKeepers(),
    delete: adminOnly(),
  },
  {
    slug: 'email-messages',
    es: 'Correos enviados',
    en: 'E-mails sent',
    // R-NOT-03: read as the case the message belongs to (branch staff their branch, a firm its cases; a message
    // without a case, national roles only); only the server writes (queueEmail, the sendEmail task).
    read: scopedRead({ firm: true }),
    create: nobody(),
    update: nobody(),
    delete: nobody(),
  },
  {
    slug: 'notices',
    es: 'Avisos (página pública)',
    en: 'Public notices',
    // Issue 11: "lo suyo" of anonymous visitors and portals are the published notices, never a draft;
    // branch staff read the published ones and their branch's drafts.
    read: outcomes<ReadOutcome>('scope', { ...each(NATIONAL_ROLES, 'all'), [EDITOR]: 'all' }),
    create: noticeEditors(),
    update: noticeEditors(),
    // The archive stays consultable (R-NOT-02).
    delete: adminOnly(),
  },
  {
    slug: 'assignment-batches',
    es: 'Lotes de asignación a firmas',
    en: 'Firm assignment batches',
    // Seed 001 §7.2.1 item 6: the collections manager runs, reviews and confirms the monthly assignment.
    read: firmAssignmentKeepersRead(),
    create: firmAssignmentKeepers(),
    update: firmAssignmentKeepers(),
    delete: adminOnly(),
  },
  {
    slug: 'firm-assignments',
    es: 'Historial de asignaciones a firmas',
    en: 'Firm assignment trail',
    // A firm reads the assignments made to it; written only by the confirmation of a batch, never changed.
    read: scopedRead({ firm: true }),
    create: nobody(),
    update: nobody(),
    delete: nobody(),
  },
  {
    slug: 'management-reports',
    es: 'Informes de gestión (firmas y ejecutor)',
    en: 'Management reports (firms and executor)',
    // §7.2.3 items 9–10, §7.9.3: national staff read all, a firm its own; branch staff none.
    read: outcomes<ReadOutcome>('none', { ...each(NATIONAL_ROLES, 'all'), [FIRM]: 'scope' }),
    // Generating = creating: a firm its own, the executor (the coactive one, R-INF-01), the managers any.
    create: outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [CM]: 'allowed', [EXEC]: 'allowed', [FIRM]: 'scope' }),
    // Reviewed by the collections manager.
    update: firmAssignmentKeepers(),
    delete: nobody(),
  },
  {
    slug: 'portfolio-imports',
    es: 'Cargas de cartera desde el sistema central',
    en: 'Portfolio imports from the core system',
    // Issue 13 item 1: the administrator and the collections manager load the portfolio; nobody else, nobody external.
    read: payoutKeepersRead(),
    create: payoutKeepers(),
    // Updating is asking a running load to stop (cancelRequested).
    update: payoutKeepers(),
    delete: adminOnly(),
    // Payload takes files over REST and the Local API, not over GraphQL.
    channels: { create: ['rest', 'local'] },
  },
  {
    slug: 'payload-jobs',
    es: 'Tareas programadas (jobs)',
    en: 'Scheduled jobs',
    read: adminReadsAll(),
    create: adminOnly(),
    update: adminOnly(),
    delete: adminOnly(),
  },
]

type GlobalPolicy = { slug: string; es: string; en: string; read: Record<Actor, ReadOutcome>; update: Record<Actor, WriteOutcome> }

const GLOBALS: GlobalPolicy[] = [
  { slug: 'settings', es: 'Parámetros (global)', en: 'Settings (global)', read: internalStaffRead(), update: adminOnly() },
  { slug: 'payload-jobs-stats', es: 'Estadísticas de tareas (global)', en: 'Job statistics (global)', read: adminReadsAll(), update: adminOnly() },
  {
    slug: 'assignment-rules',
    es: 'Reglas de asignación a firmas (global)',
    en: 'Firm assignment rules (global)',
    read: firmAssignmentKeepersRead(),
    update: firmAssignmentKeepers(),
  },
]

type FieldPolicy = {
  slug: string
  field: string
  operation: Operation
  es: string
  en: string
  rule?: string
  expected: Record<Actor, Outcome>
}

/** Internal collection data of a party: never for portals (R-ROL-02), same as the row for staff. */
const PARTY_INTERNAL_FIELDS: { field: string; es: string }[] = [
  { field: 'claves', es: 'claves que comparten el cliente' },
  { field: 'assignedFirm', es: 'firma asignada' },
  { field: 'reportedToBdme', es: 'reportado en el BDME' },
  { field: 'bdmeReportedAt', es: 'fecha de reporte BDME' },
  { field: 'insolvencyStatus', es: 'estado de insolvencia' },
  { field: 'insolvencySince', es: 'insolvencia desde' },
  { field: 'cannotBeLocated', es: 'no localizable' },
]

const partyInternalRead = (): Record<Actor, ReadOutcome> => scopedRead({ firm: true })

/** A user's private data: the user itself and the managers of users; other staff read only name, role, branch and firm. */
const USER_PRIVATE_FIELDS: { field: string; es: string }[] = [
  { field: 'email', es: 'el correo' },
  { field: 'active', es: 'si está activo' },
]

const FIELDS: FieldPolicy[] = [
  ...USER_PRIVATE_FIELDS.map(
    ({ field, es }): FieldPolicy => ({
      slug: 'users',
      field,
      operation: 'read',
      es: `Usuarios: leer ${es}`,
      en: `Users: read ${field}`,
      expected: outcomes<ReadOutcome>('self', { anonymous: 'none', [ADMIN]: 'all', [CM]: 'all' }),
    }),
  ),
  ...PARTY_INTERNAL_FIELDS.map(
    ({ field, es }): FieldPolicy => ({
      slug: 'parties',
      field,
      operation: 'read',
      es: `Terceros: leer ${es}`,
      en: `Parties: read ${field}`,
      expected: partyInternalRead(),
    }),
  ),
  {
    slug: 'parties',
    field: 'branch',
    operation: 'update',
    es: 'Terceros: trasladar a otra sucursal',
    en: 'Parties: move to another branch',
    expected: outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [CM]: 'allowed' }),
  },
  {
    slug: 'parties',
    field: 'assignedFirm',
    operation: 'update',
    es: 'Terceros: asignar la firma externa',
    en: 'Parties: assign the external firm',
    expected: assignmentWrite(),
  },
  {
    slug: 'parties',
    field: 'reportedToBdme',
    operation: 'update',
    es: 'Terceros: marcar a mano el reporte BDME (se deriva de Reportes BDME)',
    en: 'Parties: set the BDME flag by hand (derived from the BDME register)',
    rule: 'R-ROL-05',
    expected: nobody(),
  },
  ...(['responsible', 'assignedFirm', 'branch'] as const).map(
    (field): FieldPolicy => ({
      slug: 'cases',
      field,
      operation: 'update',
      es: `Expedientes: cambiar ${{ responsible: 'el responsable', assignedFirm: 'la firma asignada', branch: 'la sucursal (trasladar)' }[field]}`,
      en: `Cases: change ${field}`,
      expected: field === 'branch' ? outcomes<WriteOutcome>('none', { [ADMIN]: 'allowed', [CM]: 'allowed' }) : assignmentWrite(),
    }),
  ),
]

type CredentialPolicy = { key: string; es: string; en: string; expected: Record<Actor, WriteOutcome> }

/** Account takeover paths: credentials and privileges of users. */
const CREDENTIALS: CredentialPolicy[] = [
  { key: 'otherPassword', es: 'Usuarios: cambiar la contraseña de otro', en: "Users: change another user's password", expected: adminOnly() },
  { key: 'otherEmail', es: 'Usuarios: cambiar el correo de otro', en: "Users: change another user's e-mail", expected: adminOnly() },
  { key: 'otherRole', es: 'Usuarios: cambiar el rol de otro', en: "Users: change another user's role", expected: adminOnly() },
  { key: 'ownRole', es: 'Usuarios: cambiar su propio rol', en: 'Users: change its own role', expected: adminOnly() },
  {
    key: 'ownPasswordWithoutCurrent',
    es: 'Usuarios: cambiar su contraseña sin dar la actual',
    en: 'Users: change its own password without the current one',
    expected: nobody(),
  },
]

type EndpointPolicy = {
  key: string
  method: 'GET' | 'POST'
  path: string
  slug: string
  operation: Operation
  es: string
  expected: Record<Actor, Outcome>
}

/** Arrears = reading policies (rows by read access); editors and providers get 403. */
const arrearsRead = (): Record<Actor, ReadOutcome> => scopedRead({ firm: true, broker: true })

const ENDPOINTS: EndpointPolicy[] = [
  {
    key: 'legalizations.confirm',
    method: 'POST',
    path: '/api/legalizations/:id/confirm',
    slug: 'legalizations',
    operation: 'update',
    es: 'Confirmar una legalización (= modificarla)',
    expected: brokerRecordWrite('scope'),
  },
  {
    key: 'legalizations.bankAccounts',
    method: 'GET',
    path: '/api/legalizations/:id/bank-accounts',
    slug: 'legalizations',
    operation: 'read',
    es: 'Cuentas bancarias para los medios de pago de una legalización (= leerla; primero las de su sucursal)',
    expected: scopedRead({ broker: true }),
  },
  {
    key: 'legalizations.policiesDue',
    method: 'GET',
    path: '/api/legalizations/policies-due',
    slug: 'legalizations',
    operation: 'read',
    es: 'Pólizas por legalizar (= crear legalización; pólizas con su acceso de lectura)',
    expected: outcomes<ReadOutcome>('none', { [ADMIN]: 'all', [CM]: 'all', ...each(BRANCH_ROLES, 'scope'), [BROKER]: 'scope' }),
  },
  {
    key: 'requests.lookupClient',
    method: 'POST',
    path: '/api/requests/lookup-client',
    slug: 'requests',
    operation: 'create',
    es: 'Consultar el cliente antes de radicar (= crear solicitud)',
    expected: brokerRecordWrite('allowed'),
  },
  {
    key: 'requests.export',
    method: 'GET',
    path: '/api/requests/export.xlsx',
    slug: 'requests',
    operation: 'read',
    es: 'Exportar solicitudes a Excel (= leer solicitudes)',
    expected: scopedRead({ broker: true }),
  },
  {
    key: 'requestKinds.form',
    method: 'GET',
    path: '/api/request-kinds/:id/form',
    slug: 'request-kinds',
    operation: 'read',
    es: 'Descargar el formato de un subtipo (= leer el tipo)',
    expected: authenticatedRead(),
  },
  {
    key: 'cases.worklist',
    method: 'GET',
    path: '/api/cases/worklist',
    slug: 'cases',
    operation: 'read',
    es: 'Lista de trabajo (= leer expedientes)',
    expected: scopedRead({ firm: true }),
  },
  {
    key: 'agreements.summary',
    method: 'GET',
    path: '/api/agreements/:id/summary',
    slug: 'agreements',
    operation: 'read',
    es: 'Estado de un acuerdo de pago: plan de pagos, saldo, intereses, garantías (= leer el acuerdo)',
    expected: scopedRead({ firm: true }),
  },
  {
    key: 'cases.generateAct',
    method: 'POST',
    path: '/api/cases/:id/acts',
    slug: 'cases',
    operation: 'update',
    es: 'Proyectar un acto del expediente (= modificar el expediente)',
    expected: caseWork(),
  },
  {
    key: 'agreements.extension',
    method: 'POST',
    path: '/api/agreements/:id/extension',
    slug: 'agreements',
    operation: 'update',
    // Past this permission, only the official who grants agreements in the case's stage extends one (R-ROL-04): the others get that rule's 403.
    es: 'Ampliar el plazo de un acuerdo de pago (= modificarlo; amplía solo quien lo concede, R-ROL-04)',
    expected: agreementWork(),
  },
  {
    key: 'documents.signAct',
    method: 'POST',
    path: '/api/documents/:id/sign',
    slug: 'cases',
    operation: 'update',
    // Past this permission, only the competent role signs (R-ROL-03/05): the others get that rule's 403.
    es: 'Firmar un acto proyectado (= modificar su expediente; firma solo el rol competente)',
    expected: caseWork(),
  },
  {
    key: 'bdme.semester',
    method: 'GET',
    path: '/api/bdme/semester.xlsx',
    slug: 'bdme-entries',
    operation: 'read',
    es: 'Exportar el reporte semestral BDME (= leer Reportes BDME)',
    expected: internalStaffRead(),
  },
  { key: 'arrears.list', method: 'GET', path: '/api/arrears', slug: 'policies', operation: 'read', es: 'Cartera en mora (= leer pólizas)', expected: arrearsRead() },
  {
    key: 'arrears.detail',
    method: 'GET',
    path: '/api/arrears/:policyId',
    slug: 'policies',
    operation: 'read',
    es: 'Detalle de mora de una póliza (= leer la póliza)',
    expected: arrearsRead(),
  },
  {
    key: 'arrears.export',
    method: 'GET',
    path: '/api/arrears/export.xlsx',
    slug: 'policies',
    operation: 'read',
    es: 'Exportar la cartera en mora (= leer pólizas)',
    expected: arrearsRead(),
  },
  {
    key: 'arrears.policyExport',
    method: 'GET',
    path: '/api/arrears/:policyId/export.xlsx',
    slug: 'policies',
    operation: 'read',
    es: 'Exportar la mora de una póliza (= leer la póliza)',
    expected: arrearsRead(),
  },
  {
    key: 'indicators.take',
    method: 'POST',
    path: '/api/indicator-snapshots/take',
    slug: 'indicator-snapshots',
    operation: 'create',
    es: 'Calcular el corte de indicadores de un mes (= crear corte)',
    expected: indicatorKeepers(),
  },
  {
    key: 'indicators.export',
    method: 'GET',
    path: '/api/indicators.xlsx',
    slug: 'indicator-snapshots',
    operation: 'read',
    es: 'Exportar los indicadores de cartera (= leer cortes)',
    expected: outcomes<ReadOutcome>('none', { [ADMIN]: 'all', [CM]: 'all', [EXEC]: 'scope', [ROLES.legalManager]: 'scope', ...each(BRANCH_ROLES, 'scope') }),
  },
  {
    key: 'portfolioImports.errors',
    method: 'GET',
    path: '/api/portfolio-imports/:id/errors.xlsx',
    slug: 'portfolio-imports',
    operation: 'read',
    es: 'Descargar los errores de una carga de cartera (= leer la carga)',
    expected: payoutKeepersRead(),
  },
  {
    key: 'assignmentBatches.propose',
    method: 'POST',
    path: '/api/assignment-batches/propose',
    slug: 'assignment-batches',
    operation: 'create',
    es: 'Proponer la asignación del mes a firmas (= crear un lote)',
    expected: firmAssignmentKeepers(),
  },
  {
    key: 'assignmentBatches.confirm',
    method: 'POST',
    path: '/api/assignment-batches/:id/confirm',
    slug: 'assignment-batches',
    operation: 'update',
    es: 'Confirmar un lote de asignación (= modificar el lote)',
    expected: firmAssignmentKeepers(),
  },
  {
    key: 'jobs.run',
    method: 'GET',
    path: '/api/payload-jobs/run',
    slug: 'payload-jobs',
    operation: 'update',
    es: 'Ejecutar las tareas en cola (solo administradores)',
    expected: adminOnly(),
  },
]

const OPERATION_LABELS: Record<Operation, { es: string; en: string }> = {
  read: { es: 'leer', en: 'read' },
  create: { es: 'crear', en: 'create' },
  update: { es: 'modificar', en: 'update' },
  delete: { es: 'borrar', en: 'delete' },
}

const collectionCells = (c: CollectionPolicy): MatrixCell[] =>
  (['read', 'create', 'update', 'delete'] as const).map((operation) => ({
    key: `${c.slug}.${operation}`,
    kind: 'collection',
    slug: c.slug,
    operation,
    label: { es: `${c.es}: ${OPERATION_LABELS[operation].es}`, en: `${c.en}: ${OPERATION_LABELS[operation].en}` },
    channels: c.channels?.[operation] ?? ALL_CHANNELS,
    expected: c[operation],
  }))

const globalCells = (g: GlobalPolicy): MatrixCell[] =>
  (['read', 'update'] as const).map((operation) => ({
    key: `${g.slug}.${operation}`,
    kind: 'global',
    slug: g.slug,
    operation,
    label: { es: `${g.es}: ${OPERATION_LABELS[operation].es}`, en: `${g.en}: ${OPERATION_LABELS[operation].en}` },
    channels: ALL_CHANNELS,
    expected: g[operation],
  }))

/** Every cell of the matrix, in the order the doc lists them. */
export const ACCESS_MATRIX: readonly MatrixCell[] = [
  ...COLLECTIONS.flatMap(collectionCells),
  ...GLOBALS.flatMap(globalCells),
  ...FIELDS.map(
    (f): MatrixCell => ({
      key: `${f.slug}.${f.field}.${f.operation}`,
      kind: 'field',
      slug: f.slug,
      field: f.field,
      operation: f.operation,
      label: { es: f.es, en: f.en },
      rule: f.rule,
      channels: ALL_CHANNELS,
      expected: f.expected,
    }),
  ),
  ...CREDENTIALS.map(
    (c): MatrixCell => ({
      key: `users.${c.key}`,
      kind: 'credential',
      slug: 'users',
      field: c.key,
      operation: 'update',
      label: { es: c.es, en: c.en },
      channels: ALL_CHANNELS,
      expected: c.expected,
    }),
  ),
  ...ENDPOINTS.map(
    (e): MatrixCell => ({
      key: `endpoint.${e.key}`,
      kind: 'endpoint',
      slug: e.slug,
      field: `${e.method} ${e.path}`,
      operation: e.operation,
      label: { es: `${e.method} ${e.path} — ${e.es}`, en: `${e.method} ${e.path}` },
      // Custom endpoints exist only over HTTP.
      channels: REST_ONLY,
      expected: e.expected,
    }),
  ),
]

/** The rule a cell proves for an actor: its own, or R-ROL-01 (internal staff) / R-ROL-02 (portals and anonymous). */
export const ruleOf = (cell: MatrixCell, actor: Actor): string =>
  cell.rule ?? (actor === 'anonymous' || (EXTERNAL_ROLES as readonly string[]).includes(actor) ? 'R-ROL-02' : 'R-ROL-01')

/** `R-ROL-02 intermediario: parties read = scope (REST, GraphQL, Local API)` */
export const cellTitle = (cell: MatrixCell, actor: Actor): string =>
  `${ruleOf(cell, actor)} ${actor}: ${cell.key.replace(/\.(read|create|update|delete)$/, ' $1')} = ${cell.expected[actor]} (${cell.channels
    .map((c) => CHANNEL_LABELS[c])
    .join(', ')})`
