/** Collection and global slugs are part of the public REST/GraphQL API: never rename them. */
export const SLUGS = {
  users: 'users',
  branches: 'branches',
  parties: 'parties',
  policies: 'policies',
  documents: 'documents',
  auditLogs: 'audit-logs',
  cases: 'cases',
  caseEvents: 'case-events',
  notifications: 'notifications',
  settings: 'settings',
  requests: 'requests',
  requestKinds: 'request-kinds',
  caseNumberCounters: 'case-number-counters',
  legalizations: 'legalizations',
  payments: 'payments',
} as const
