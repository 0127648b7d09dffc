// First: .env is read the same way by every entry point (Next, the payload CLI, scripts).
import '@/db/loadEnv'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import path from 'path'
import { buildConfig } from 'payload'
import { fileURLToPath } from 'url'

import { adminRunsJobs } from './access/adminRunsJobs'
import { AssignmentBatches } from './collections/AssignmentBatches'
import { AuditLogs } from './collections/AuditLogs'
import { Branches } from './collections/Branches'
import { FirmAssignments } from './collections/FirmAssignments'
import { AgreementInstalments } from './collections/AgreementInstalments'
import { Agreements } from './collections/Agreements'
import { CaseEvents } from './collections/CaseEvents'
import { CaseNumberCounters } from './collections/CaseNumberCounters'
import { Cases } from './collections/Cases'
import { Documents } from './collections/Documents'
import { EmailMessages } from './collections/EmailMessages'
import { Legalizations } from './collections/Legalizations'
import { ManagementReports } from './collections/ManagementReports'
import { PortfolioImports } from './collections/PortfolioImports'
import { Notifications } from './collections/Notifications'
import { Parties } from './collections/Parties'
import { Payments } from './collections/Payments'
import { BankAccounts } from './collections/BankAccounts'
import { PayoutInvoices } from './collections/PayoutInvoices'
import { Notices } from './collections/Notices'
import { Guarantees } from './collections/Guarantees'
import { IndicatorSnapshots } from './collections/IndicatorSnapshots'
import { BdmeEntries } from './collections/BdmeEntries'
import { Payouts } from './collections/Payouts'
import { Policies } from './collections/Policies'
import { ProviderRegistrations } from './collections/ProviderRegistrations'
import { ProviderRegistry } from './collections/ProviderRegistry'
import { RequestKinds } from './collections/RequestKinds'
import { Requests } from './collections/Requests'
import { Users } from './collections/Users'
import { AssignmentRules } from './globals/AssignmentRules'
import { Settings } from './globals/Settings'
import { recordFailedLogin } from './hooks/recordFailedLogin'
import { answerDatabaseUnavailable } from './hooks/answerDatabaseUnavailable'
import { showRuleRefusalWhole } from './hooks/showRuleRefusalWhole'
import { ADMIN_VIEWS } from '@/constants/adminPaths'
import { PRODUCT_NAME } from '@/constants/product'
import { databaseUrl } from '@/db/databaseUrl'
import { databasePoolMax } from '@/db/poolSize'
import { databaseReadReplicas } from '@/db/readReplicas'
import { resilientPg } from '@/db/resilientPg'
import { arrearsEndpoints } from '@/endpoints/arrears'
import { bdmeEndpoints } from '@/endpoints/bdme'
import { indicatorsEndpoints } from '@/endpoints/indicators'
import { emailAdapter } from '@/email/emailAdapter'
import { capApiReads } from '@/http/capApiReads'
import { graphqlDepthLimit } from '@/http/graphqlDepthLimit'
import { adminOnlyJobsCollection, adminOnlyJobStats } from '@/jobs/adminOnlyJobs'
import { deadlineSweepTask } from '@/jobs/deadlineSweepTask'
import { indicatorSnapshotTask } from '@/jobs/indicatorSnapshotTask'
import { compactArrearsRollupTask } from '@/jobs/compactArrearsRollupTask'
import { jobRunningHere } from '@/jobs/jobRunner'
import { JOB_SCHEDULES } from '@/jobs/jobSchedules'
import { monthlyAssignmentTask } from '@/jobs/monthlyAssignmentTask'
import { recomputeTermsTask } from '@/jobs/recomputeTermsTask'
import { sendEmailTask } from '@/jobs/sendEmailTask'
import { importPayoutsTask } from '@/payouts/import/importPayoutsTask'
import { importPortfolioTask } from '@/imports/importPortfolioTask'
import { appLogger } from '@/logging/appLogger'
import { withRoleNavigation } from '@/utilities/withRoleNavigation'
import { MAX_IMPORT_BYTES } from '@/rules/uploadLimits'
import { protectStorageKeys } from '@/storage/protectStorageKeys'
import { uploadStorage } from '@/storage/uploadStorage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// A forgotten secret in production would let anyone forge sessions: refuse to start instead.
if (!process.env.PAYLOAD_SECRET && process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
  throw new Error('PAYLOAD_SECRET es obligatorio en producción.')
}

export default buildConfig({
  serverURL: process.env.SERVER_URL ?? '',
  secret: process.env.PAYLOAD_SECRET ?? 'dev-only-secret-change-me-in-production',
  admin: {
    user: 'users',
    // The default avatar loads Gravatar from the Internet; staff networks may not reach it.
    avatar: 'default',
    meta: {
      titleSuffix: ` · ${PRODUCT_NAME}`,
      description: `${PRODUCT_NAME}: cobranza y cartera de la aseguradora`,
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
      openGraph: { siteName: PRODUCT_NAME, title: PRODUCT_NAME },
    },
    importMap: { baseDir: dirname },
    dateFormat: 'dd/MM/yyyy HH:mm',
    components: {
      // The product's own logo (login page) and icon (navigation), not Payload's.
      graphics: {
        Logo: '/src/components/brand/Logo#Logo',
        Icon: '/src/components/brand/Icon#Icon',
      },
      // R-CAR-01…04 for staff: the arrears view, its link in the navigation and the home dashboard.
      views: {
        arrears: {
          Component: '/src/components/arrears/ArrearsView#ArrearsView',
          path: ADMIN_VIEWS.arrears,
          meta: { title: 'Cartera en mora' },
        },
        // The collector's worklist: their open cases, nearest legal deadline first.
        worklist: {
          Component: '/src/components/worklist/WorklistView#WorklistView',
          path: ADMIN_VIEWS.worklist,
          exact: true,
          meta: { title: 'Mi lista de trabajo' },
        },
        // 001 §7.2.1–7.2.2: the deterioration indicators, charts and tables, for managers and staff.
        indicators: {
          Component: '/src/components/indicators/IndicatorsView#IndicatorsView',
          path: ADMIN_VIEWS.indicators,
          exact: true,
          meta: { title: 'Indicadores de cartera' },
        },
      },
      beforeNavLinks: ['/src/components/arrears/ArrearsNavLink#ArrearsNavLink'],
      afterNavLinks: ['/src/components/worklist/WorklistNavLink#WorklistNavLink', '/src/components/indicators/IndicatorsNavLink#IndicatorsNavLink'],
      // The home leads with the role's own work, then the arrears.
      beforeDashboard: ['/src/components/home/RoleHome#RoleHome', '/src/components/arrears/ArrearsDashboard#ArrearsDashboard'],
    },
  },
  i18n: {
    supportedLanguages: { es, en },
    fallbackLanguage: 'es',
  },
  // Each role's navigation holds what it works with (src/auth/navigation.ts).
  collections: withRoleNavigation([
    Users,
    Branches,
    Parties,
    Policies,
    Documents,
    Requests,
    RequestKinds,
    Legalizations,
    Payments,
    BankAccounts,
    CaseNumberCounters,
    Cases,
    Notifications,
    CaseEvents,
    Agreements,
    AgreementInstalments,
    AuditLogs,
    ProviderRegistry,
    ProviderRegistrations,
    Payouts,
    PayoutInvoices,
    EmailMessages,
    Notices,
    Guarantees,
    BdmeEntries,
    IndicatorSnapshots,
    AssignmentBatches,
    FirmAssignments,
    ManagementReports,
    PortfolioImports,
  ]),
  globals: withRoleNavigation([Settings, AssignmentRules]),
  // API reads: relationships populated at most 2 levels deep (Payload's default is 10), at most
  // MAX_API_LIMIT rows per request (capApiReads) and GraphQL queries at most MAX_GRAPHQL_DEPTH
  // levels deep, so `?limit=0&depth=9` cannot dump a collection with everything it points to.
  defaultDepth: 2,
  maxDepth: 2,
  // Uploads in S3-compatible object storage when S3_BUCKET is set, else on local disk (src/storage/).
  plugins: [capApiReads, uploadStorage, protectStorageKeys],
  endpoints: [...arrearsEndpoints, ...bdmeEndpoints, ...indicatorsEndpoints],
  hooks: { afterError: [answerDatabaseUnavailable, showRuleRefusalWhole, recordFailedLogin] },
  // Refusals are one line without a stack, faults keep theirs; JSON with request ids in production.
  logger: appLogger,
  editor: lexicalEditor(),
  db: postgresAdapter({
    // DATABASE_POOL_MAX connections at most (src/db/poolSize.ts; 10 when unset).
    pool: { connectionString: databaseUrl(), max: databasePoolMax() },
    // Reads on replicas when DATABASE_READ_URLS is set (src/db/readReplicas.ts, docs/deploy.md).
    readReplicas: databaseReadReplicas(),
    // A pooled connection that the server drops is logged and replaced, never the end of the process.
    pg: resilientPg,
    // The schema only changes through committed migrations (never dev "push").
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  email: emailAdapter(),
  jobs: {
    tasks: [
      deadlineSweepTask,
      sendEmailTask,
      recomputeTermsTask,
      importPayoutsTask,
      indicatorSnapshotTask,
      monthlyAssignmentTask,
      importPortfolioTask,
      compactArrearsRollupTask,
    ],
    // Keep finished jobs: each sweep's report stays consultable.
    deleteJobOnComplete: false,
    // Payload's crons start where it is started with crons (the Next.js server, `npm run worker`);
    // scripts and tests run jobs by hand. With JOBS_RUNNER=worker only the worker schedules and runs
    // them (src/jobs/jobRunner.ts); the schedules are in src/jobs/jobSchedules.ts.
    autoRun: () => (jobRunningHere().schedules ? JOB_SCHEDULES : []),
    shouldAutoRun: () => jobRunningHere().runs,
    // Jobs are queued and run by the system and administrators only.
    access: {
      queue: adminRunsJobs,
      run: adminRunsJobs,
      cancel: adminRunsJobs,
    },
    jobsCollectionOverrides: adminOnlyJobsCollection,
  },
  upload: {
    // CARGA-01: the app-wide ceiling is a portfolio file's; an oversized upload is aborted, not
    // truncated. Attachments are held to R-REQ-04's 10 MB by src/http/withUploadLimit.ts (413 before
    // the body is read) and by the documents' own check.
    limits: { fileSize: MAX_IMPORT_BYTES },
    abortOnLimit: true,
    responseOnLimit: 'CARGA-01: El archivo supera el tamaño máximo de 200 MB.',
  },
  cors: process.env.PORTAL_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean) ?? [],
  // Cookie-authenticated requests are accepted only from the app's own origin and the portals'.
  csrf: [process.env.SERVER_URL, ...(process.env.PORTAL_ORIGINS?.split(',') ?? [])].map((o) => o?.trim()).filter((o): o is string => Boolean(o)),
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true, validationRules: () => [graphqlDepthLimit] },
  telemetry: false,
}).then(adminOnlyJobStats)
