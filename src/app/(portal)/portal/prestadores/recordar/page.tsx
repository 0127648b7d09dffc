import Link from 'next/link'
import React from 'react'

import { Notice } from '@/payouts/portal/Notice'
import { PORTAL_PATH } from '@/payouts/portalUrl'
import { remindPassword } from '@/app/(portal)/portal/prestadores/actions'

type Props = { searchParams: Promise<{ ok?: string }> }

/** "Recordar contraseña": a reset link by e-mail. */
export default async function RemindPage({ searchParams }: Props) {
  const { ok } = await searchParams
  return (
    <>
      <h1>Recordar contraseña</h1>
      <Notice ok={ok ? 'Si el usuario existe, le enviamos un correo con el enlace para cambiar la contraseña.' : null} />
      <form className="card" action={remindPassword}>
        <label htmlFor="email">Usuario (correo)</label>
        <input id="email" name="email" type="email" required />
        <button type="submit">Enviar</button>
      </form>
      <p>
        <Link href={PORTAL_PATH}>Volver al inicio de sesión</Link>
      </p>
    </>
  )
}
