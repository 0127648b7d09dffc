import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'

export const AUTH_EVENTS = [
  { label: 'Inicio de sesión', value: 'login' },
  { label: 'Inicio de sesión fallido', value: 'login_failed' },
  { label: 'Intentos limitados', value: 'rate_limited' },
  { label: 'Solicitud de restablecer contraseña', value: 'password_reset_requested' },
  { label: 'Contraseña restablecida', value: 'password_reset' },
  { label: 'Contraseña cambiada', value: 'password_changed' },
] as const

export type AuthEvent = (typeof AUTH_EVENTS)[number]['value']

type AuthEventEntry = {
  event: AuthEvent
  /** The account concerned: its id when it exists, else only the e-mail that was typed. */
  account: { id?: number | null; email?: string | null }
  /** Who acted, when not the account itself (an administrator setting a password). */
  actor?: { id: number; email?: string | null } | null
  /** Non-secret context: client address, API, reason. Never a password, hash or token. */
  detail?: Record<string, unknown>
}

/**
 * One audit entry of a sign-in event. `req` keeps the write in the request's transaction; pass
 * none when the request is about to fail (its transaction is rolled back, the entry must stay).
 */
export const recordAuthEvent = async (
  payload: Payload,
  { event, account, actor, detail }: AuthEventEntry,
  req?: PayloadRequest,
): Promise<void> => {
  await payload.create({
    collection: SLUGS.auditLogs,
    data: {
      collectionSlug: SLUGS.users,
      documentId: account.id === null || account.id === undefined ? '-' : String(account.id),
      operation: 'auth',
      event,
      user: actor?.id ?? account.id ?? null,
      userEmail: actor?.email ?? account.email ?? null,
      // Field changes stay a list of {field, from, to}: a sign-in event changes no stored field.
      changes: [],
      detail: detail ?? {},
    },
    overrideAccess: true,
    depth: 0,
    ...(req ? { req } : {}),
  })
}
