import { cookies, headers } from 'next/headers'

/** The provider portal's session: the JWT of /api/users/login, in an httpOnly cookie of the portal. */
export const PORTAL_COOKIE = 'prestador-token'

/** The app's own origin as the browser reached it: the portal calls the same REST API any other portal would. */
const origin = async (): Promise<string> => {
  const h = await headers()
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000'
  const proto = h.get('x-forwarded-proto') ?? 'http'
  return `${proto}://${host}`
}

export const portalToken = async (): Promise<string | undefined> => (await cookies()).get(PORTAL_COOKIE)?.value

/** Calls /api<path> with the provider's token (when signed in). */
export const apiFetch = async (path: string, init: RequestInit = {}): Promise<Response> => {
  const token = await portalToken()
  const h = new Headers(init.headers)
  if (token) h.set('Authorization', `JWT ${token}`)
  if (init.body && typeof init.body === 'string') h.set('Content-Type', 'application/json')
  return fetch(`${await origin()}/api${path}`, { ...init, headers: h, cache: 'no-store' })
}

/** The Spanish message of an API refusal (rule refusals, validation errors). */
export const errorMessageOf = async (response: Response): Promise<string> => {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[]; message?: string }
  return body.errors?.[0]?.message ?? body.message ?? `Error ${response.status}.`
}
