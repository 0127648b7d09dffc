import Link from 'next/link'
import React from 'react'

import { Notice } from '@/payouts/portal/Notice'
import { PORTAL_PATH } from '@/payouts/portalUrl'
import { signIn } from './actions'

type Props = { searchParams: Promise<{ error?: string }> }

/** R-PAY-01: "Inicio de sesión" — user type, NIT, user and password. */
export default async function SignInPage({ searchParams }: Props) {
  const { error } = await searchParams
  return (
    <>
      <h1>Inicio de sesión</h1>
      <Notice error={error} />
      <form className="card" action={signIn}>
        <label htmlFor="userType">Tipo usuario</label>
        <select id="userType" name="userType" defaultValue="prestador">
          <option value="prestador">Prestador</option>
        </select>
        <label htmlFor="nit">NIT</label>
        <input id="nit" name="nit" required inputMode="numeric" placeholder="900123456-8" />
        <label htmlFor="email">Usuario (correo)</label>
        <input id="email" name="email" type="email" required autoComplete="username" />
        <label htmlFor="password">Clave</label>
        <input id="password" name="password" type="password" required autoComplete="current-password" />
        <button type="submit">Iniciar sesión</button>
      </form>
      <p>
        <Link href={`${PORTAL_PATH}/registro`}>Registrar usuario</Link> · <Link href={`${PORTAL_PATH}/recordar`}>Recordar contraseña</Link>
      </p>
    </>
  )
}
