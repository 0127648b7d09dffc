import type { Payload } from 'payload'
import { afterAll } from 'vitest'

import type { ApiClient } from './apiClient'

export type TestApi = {
  /** The user's own logged-in client, one per user and file (logging in hashes the password: slow). */
  as: (user: { email: string }) => Promise<ApiClient>
  /** A visitor without a token. */
  anonymous: ApiClient
  /** A fresh sign-in, for tests about sessions themselves (the password of the test worlds by default). */
  login: (email: string, password?: string) => Promise<ApiClient>
}

/**
 * The app under test, started as Payload's own suites start theirs
 * (payloadcms/payload test/__helpers/shared/initPayloadInt.ts): the Local API on the run's
 * throwaway database and a REST/GraphQL client of the same route handlers the app serves.
 * Call it at the top of a test file (`const { payload, api } = await initTestApp()`): it
 * registers `payload.destroy()` after the file's last test, so no database pool outlives the file.
 * The config is imported here, when called, so that a file may first set what the config reads
 * when it loads (SMTP_* for a test mail server, UPLOADS_DIR).
 */
export const initTestApp = async (): Promise<{ payload: Payload; api: TestApi }> => {
  const [{ default: config }, { getPayload }, { ApiClient }, sessions, { PASSWORD }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('./apiClient'),
    import('./sessions'),
    import('./accessWorld'),
  ])
  const payload = await getPayload({ config })
  // afterAll hooks run in reverse order: registered first, this runs after the file's own clean-up.
  afterAll(() => payload.destroy())
  return {
    payload,
    api: {
      as: sessions.clientFor,
      anonymous: sessions.anonymous,
      login: (email, password = PASSWORD) => ApiClient.login(email, password),
    },
  }
}
