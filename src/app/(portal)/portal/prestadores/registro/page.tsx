import Link from 'next/link'
import React from 'react'

import { Notice } from '@/payouts/portal/Notice'
import { PORTAL_PATH } from '@/payouts/portalUrl'
import { SITE_POLICIES_VERSION } from '@/rules/payouts/registration'
import { register } from '@/app/(portal)/portal/prestadores/actions'

type Props = { searchParams: Promise<{ error?: string; ok?: string }> }

/** R-PAY-01: "Registrar usuario" — IPS, habilitación code, representative's ID, policies, user and password twice. */
export default async function RegisterPage({ searchParams }: Props) {
  const { error, ok } = await searchParams
  return (
    <>
      <h1>Registrar usuario</h1>
      <Notice error={error} ok={ok ? 'Registro recibido. Su cuenta quedará activa cuando la aseguradora la revise; le avisaremos por correo.' : null} />
      <form className="card" action={register}>
        <h2>Información IPS</h2>
        <label htmlFor="nit">Nit IPS (con dígito de verificación)</label>
        <input id="nit" name="nit" required placeholder="900123456-8" />
        <h2>Información general</h2>
        <label htmlFor="habilitationCode">Código habilitación</label>
        <input id="habilitationCode" name="habilitationCode" required inputMode="numeric" />
        <label htmlFor="representativeId">Cédula del representante legal</label>
        <input id="representativeId" name="representativeId" required inputMode="numeric" />
        <h2>Políticas del sitio web</h2>
        <label>
          <input type="checkbox" name="policiesAccepted" /> Ver y aceptar las políticas del sitio (versión {SITE_POLICIES_VERSION})
        </label>
        <h2>Información complementaria</h2>
        <label htmlFor="email">Usuario (correo electrónico)</label>
        <input id="email" name="email" type="email" required autoComplete="username" />
        <label htmlFor="password">Contraseña</label>
        <input id="password" name="password" type="password" required autoComplete="new-password" />
        <label htmlFor="passwordConfirmation">Confirmar contraseña</label>
        <input id="passwordConfirmation" name="passwordConfirmation" type="password" required autoComplete="new-password" />
        <button type="submit">Aceptar</button>
      </form>
      <p>
        <Link href={PORTAL_PATH}>Volver al inicio de sesión</Link>
      </p>
    </>
  )
}
