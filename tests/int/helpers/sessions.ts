import { PASSWORD } from './accessWorld'
import { ApiClient } from './apiClient'

const sessions = new Map<string, Promise<ApiClient>>()

/** One logged-in API client per user and test file (logging in hashes the password: slow). */
export const clientFor = (user: { email: string }): Promise<ApiClient> => {
  let session = sessions.get(user.email)
  if (!session) {
    session = ApiClient.login(user.email, PASSWORD)
    sessions.set(user.email, session)
  }
  return session
}

/** A visitor without a token. */
export const anonymous = new ApiClient()
