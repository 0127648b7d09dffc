import type { Payload } from 'payload'
import { afterAll, inject } from 'vitest'

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
 * Call it at the top of a test file (`const { payload, api } = await initTestApp()`).
 * - In the shared-app project (most files: vitest.config.ts) a worker's files run in one module
 *   graph, so the config is loaded and Payload started once per worker, not once per file; the
 *   instance lives as long as the worker. Only the sessions are per file.
 * - In the isolated project (files that set what the config reads when it loads: SMTP_* for a test
 *   mail server, UPLOADS_DIR, limits) the config is imported here, when called, after the file's
 *   own set-up, and `payload.destroy()` runs after the file's last test.
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
  sessions.forgetSessions()
  // afterAll hooks run in reverse order: registered first, this runs after the file's own clean-up.
  if (!inject('sharedApp')) afterAll(() => payload.destroy())
  return {
    payload,
    api: {
      as: sessions.clientFor,
      anonymous: sessions.anonymous,
      login: (email, password = PASSWORD) => ApiClient.login(email, password),
    },
  }
}
