import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'

import { PASSWORD } from './accessWorld'
import { anonymous } from './sessions'

const GET = REST_GET(config)

/** A JWT for the user, as a portal gets it from /api/users/login. */
export const tokenFor = async (email: string): Promise<string> => {
  const res = await anonymous.rest('POST', '/users/login', { email, password: PASSWORD })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`)
  return res.body.token
}

/** GET a stored file (e.g. /documents/file/<filename>) through the app's route handler, as raw bytes. */
export const downloadFile = async (token: string | undefined, path: string) => {
  const url = new URL(`http://localhost:3000/api${path}`)
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
}
