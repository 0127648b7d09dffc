import type { Access } from 'payload'

import { noticesReadWhere } from '@/rules/access/publishedNotices'

/** Published notices for everyone, drafts for editors and staff in scope (`noticesReadWhere`). */
export const publishedNoticesOrStaff: Access = ({ req: { user } }) => noticesReadWhere(user)
