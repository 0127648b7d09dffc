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

/** A new file's users are not the last file's, even where an e-mail repeats (a worker may run several files). */
export const forgetSessions = () => sessions.clear()

/** A visitor without a token. */
export const anonymous = new ApiClient()
