import type { JoinField } from 'payload'

import { SLUGS } from '@/constants/slugs'

/**
 * R-NOT-03: the e-mails a record caused (or, for a case, that belong to it), with their send status,
 * on the record itself (read-only; read by whoever reads `email-messages`).
 */
export const emailMessagesField = (on: 'causedBy' | 'case' = 'causedBy'): JoinField => ({
  name: 'emails',
  label: 'Correos',
  type: 'join',
  collection: SLUGS.emailMessages,
  on,
  defaultSort: '-createdAt',
  defaultLimit: 10,
  admin: { allowCreate: false, defaultColumns: ['createdAt', 'subject', 'status', 'attempts', 'sentAt', 'lastError'] },
})
