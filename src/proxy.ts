import { NextResponse, type NextRequest } from 'next/server'

/** Payload's language cookie (`<cookiePrefix>-lng`). */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Staff work in Spanish: without this, Payload follows the browser's Accept-Language and an
 * English browser would open the admin in English. The language stays selectable per user
 * (Cuenta → Idioma), which sets the same cookie.
 */
export function proxy(request: NextRequest) {
  // No open first-user registration: the first administrator comes from `npm run create-admin`.
  if (request.nextUrl.pathname.replace(/\/+$/, '').endsWith('/create-first-user')) {
    return new NextResponse(
      'SEC-ADM: El registro del primer usuario está deshabilitado. Cree el administrador con «npm run create-admin».',
      { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
    )
  }
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', [request.headers.get('cookie'), `${LANGUAGE_COOKIE}=es`].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'es', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
