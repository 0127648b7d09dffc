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
} as const
