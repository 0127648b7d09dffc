import type { JoinField } from 'payload'

import { SLUGS } from '@/constants/slugs'

/** R-NOT-03: the e-mails a record caused, with their send status, on the record itself (read-only). */
export const emailMessagesField = (): JoinField => ({
  name: 'emails',
  label: 'Correos',
  type: 'join',
  collection: SLUGS.emailMessages,
  on: 'causedBy',
  defaultSort: '-createdAt',
  defaultLimit: 10,
  admin: { allowCreate: false, defaultColumns: ['createdAt', 'subject', 'status', 'attempts', 'sentAt', 'lastError'] },
})
