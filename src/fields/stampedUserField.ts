import type { Field } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { computed } from './computedField'

/** Who drafted, signed or did something: stamped by the hooks from the acting user, never typed. */
export const stampedUserField = (name: string, label: string): Field =>
  computed({ name, label, type: 'relationship', relationTo: SLUGS.users })
