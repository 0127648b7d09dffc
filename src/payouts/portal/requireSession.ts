import { redirect } from 'next/navigation'

import { PORTAL_PATH } from '@/payouts/portalUrl'
import { apiFetch, errorMessageOf, portalToken } from './portalApi'

/** Calls the API as the signed-in provider; without a session, or when it has expired, back to the sign-in page. */
export const fetchAsProvider = async (path: string): Promise<Response> => {
  if (!(await portalToken())) redirect(PORTAL_PATH)
  const res = await apiFetch(path)
  if (res.status === 401) redirect(`${PORTAL_PATH}?error=${encodeURIComponent('Su sesión terminó; inicie sesión de nuevo.')}`)
  return res
}

/** The JSON of an API answer, or its Spanish refusal. */
export const jsonOrError = async <T,>(res: Response): Promise<{ data: T; error?: undefined } | { data?: undefined; error: string }> =>
  res.ok ? { data: (await res.json()) as T } : { error: await errorMessageOf(res) }
