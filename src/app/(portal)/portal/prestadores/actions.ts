'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { PORTAL_PATH } from '@/payouts/portalUrl'
import { apiFetch, errorMessageOf, PORTAL_COOKIE } from '@/payouts/portal/portalApi'
import { parseProviderNit } from '@/rules/payouts/providerNit'

const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim()
const back = (path: string, error: string): never => redirect(`${path}?error=${encodeURIComponent(error)}`)

/** R-PAY-01: sign-in with user type, NIT, user and password; the NIT must be the user's own. */
export async function signIn(form: FormData) {
  if (field(form, 'userType') !== 'prestador') back(PORTAL_PATH, 'Este portal es para el tipo de usuario Prestador.')
  const res = await apiFetch('/users/login', { method: 'POST', body: JSON.stringify({ email: field(form, 'email'), password: String(form.get('password') ?? '') }) })
  if (!res.ok) back(PORTAL_PATH, await errorMessageOf(res))
  const { token, user } = (await res.json()) as { token: string; user: { role?: string; nit?: string } }
  let nit = ''
  try {
    nit = /^\d+$/.test(field(form, 'nit')) ? field(form, 'nit') : parseProviderNit(field(form, 'nit'))
  } catch (error) {
    back(PORTAL_PATH, (error as Error).message)
  }
  if (user.role !== 'prestador' || user.nit !== nit) back(PORTAL_PATH, 'El NIT, el usuario o la contraseña no son correctos.')
  ;(await cookies()).set(PORTAL_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: PORTAL_PATH, secure: process.env.NODE_ENV === 'production', maxAge: 8 * 60 * 60 })
  redirect(`${PORTAL_PATH}/pagos`)
}

export async function signOut() {
  ;(await cookies()).delete({ name: PORTAL_COOKIE, path: PORTAL_PATH })
  redirect(PORTAL_PATH)
}

/** R-PAY-01: the registration form, sent whole to POST /api/provider-registrations/register. */
export async function register(form: FormData) {
  const path = `${PORTAL_PATH}/registro`
  const res = await apiFetch('/provider-registrations/register', {
    method: 'POST',
    body: JSON.stringify({
      nit: field(form, 'nit'),
      habilitationCode: field(form, 'habilitationCode'),
      representativeId: field(form, 'representativeId'),
      policiesAccepted: form.get('policiesAccepted') === 'on',
      email: field(form, 'email'),
      password: String(form.get('password') ?? ''),
      passwordConfirmation: String(form.get('passwordConfirmation') ?? ''),
    }),
  })
  if (!res.ok) back(path, await errorMessageOf(res))
  redirect(`${path}?ok=1`)
}

/** "Recordar contraseña": Payload's forgot-password, which e-mails a reset link (it never says whether the user exists). */
export async function remindPassword(form: FormData) {
  await apiFetch('/users/forgot-password', { method: 'POST', body: JSON.stringify({ email: field(form, 'email') }) })
  redirect(`${PORTAL_PATH}/recordar?ok=1`)
}
