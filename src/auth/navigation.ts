import { BRANCH_ROLES, ROLES, type Role } from './roles'

/**
 * Who finds each collection and global in the admin's navigation (issue 14): what that role works
 * with, nothing that would be empty or useless to it. Hiding is not protection — access refuses
 * the rest anyway — it keeps each role's navigation to its own work. A slug not listed here shows
 * to whoever may read it (Payload drops what the user cannot read).
 */
const ADMIN = ROLES.admin
const CM = ROLES.collectionsManager
const FIRM = ROLES.externalFirm
const EXEC = ROLES.executorOfficer
const LEGAL = ROLES.legalManager
const EDITOR = ROLES.editor

/** Those who work collection cases: their debtors, policies, cases and the agreements reached. */
const CASE_WORKERS: readonly Role[] = [ADMIN, CM, ...BRANCH_ROLES, FIRM, EXEC, LEGAL]
/** The branch back office: brokers' requests, legalizations and their payments. */
const BRANCH_OFFICE: readonly Role[] = [ADMIN, CM, ...BRANCH_ROLES]
const USER_MANAGERS: readonly Role[] = [ADMIN, CM]

export const NAV_ROLES: Readonly<Record<string, readonly Role[]>> = {
  users: USER_MANAGERS,
  branches: USER_MANAGERS,
  settings: USER_MANAGERS,
  parties: CASE_WORKERS,
  policies: CASE_WORKERS,
  documents: [ADMIN, CM, ...BRANCH_ROLES, EXEC, LEGAL],
  'audit-logs': [ADMIN],
  'case-number-counters': [ADMIN],
  cases: CASE_WORKERS,
  'case-events': CASE_WORKERS,
  notifications: [...CASE_WORKERS, EDITOR],
  requests: BRANCH_OFFICE,
  'request-kinds': BRANCH_OFFICE,
  legalizations: BRANCH_OFFICE,
  payments: BRANCH_OFFICE,
  'bank-accounts': BRANCH_OFFICE,
  'provider-registry': USER_MANAGERS,
  'provider-registrations': USER_MANAGERS,
  payouts: USER_MANAGERS,
  'payout-invoices': USER_MANAGERS,
  agreements: [...CASE_WORKERS],
  'agreement-instalments': [...CASE_WORKERS],
  'email-messages': [ADMIN],
  notices: [ADMIN, EDITOR, CM, ...BRANCH_ROLES, LEGAL],
  guarantees: CASE_WORKERS,
  'bdme-entries': [ADMIN, CM, EXEC, LEGAL],
  'payload-jobs': [ADMIN],
  'indicator-snapshots': [ADMIN, CM, ...BRANCH_ROLES, EXEC, LEGAL],
  'assignment-rules': USER_MANAGERS,
  'assignment-batches': USER_MANAGERS,
  'firm-assignments': [ADMIN, CM, FIRM],
  'management-reports': [ADMIN, CM, FIRM, EXEC],
  'portfolio-imports': USER_MANAGERS,
}

/** Whether `role` finds `slug` in its navigation (a slug not in the table: yes, if it may read it). */
export const showsInNav = (slug: string, role: string | null | undefined): boolean => {
  const roles = NAV_ROLES[slug]
  if (!roles) return true
  return Boolean(role) && (roles as readonly string[]).includes(role!)
}

/** What the admin home shows first, per role: its own work. */
export type HomeSection = 'registrations' | 'imports' | 'indicators' | 'worklist' | 'notices'

const HOME: Readonly<Record<Role, readonly HomeSection[]>> = {
  [ADMIN]: ['registrations', 'imports', 'worklist'],
  [CM]: ['indicators', 'worklist'],
  [ROLES.branchManager]: ['indicators', 'worklist'],
  [ROLES.branchProfessional]: ['worklist'],
  [FIRM]: ['worklist'],
  [EXEC]: ['worklist'],
  [LEGAL]: ['worklist', 'indicators'],
  [EDITOR]: ['notices'],
  [ROLES.broker]: [],
  [ROLES.provider]: [],
}

/** The sections the admin home of `role` leads with, in order (none for a portal user or nobody). */
export const homeSectionsFor = (role: string | null | undefined): readonly HomeSection[] => (role && HOME[role as Role]) || []
