import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { withUploadLimit } from '@/http/withUploadLimit'

// As src/app/(payload)/api/[...slug]/route.ts serves them.
const handlers = {
  GET: REST_GET(config),
  POST: withUploadLimit(REST_POST(config)),
  PATCH: withUploadLimit(REST_PATCH(config)),
  DELETE: REST_DELETE(config),
}
const graphqlHandler = GRAPHQL_POST(config)

const BASE = 'http://localhost:3000'

type Method = keyof typeof handlers
type Json = Record<string, any>

/**
 * Calls the same Next.js route handlers the app serves at /api and /api/graphql,
 * as a portal would: JSON or multipart bodies and an `Authorization: JWT …` header.
 */
export class ApiClient {
  constructor(private token?: string) {}

  static async login(email: string, password: string): Promise<ApiClient> {
    const res = await new ApiClient().rest('POST', '/users/login', { email, password })
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`)
    return new ApiClient(res.body.token)
  }

  private headers(extra: Record<string, string> = {}): Headers {
    const headers = new Headers(extra)
    if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    return headers
  }

  async rest(method: Method, path: string, body?: Json | FormData): Promise<{ status: number; body: Json }> {
    const response = await this.raw(method, path, body)
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : {} }
  }

  /** The route handler's Response itself, for downloads (Excel) and headers. */
  async raw(
    method: Method,
    path: string,
    body?: Json | FormData,
    extraHeaders: Record<string, string> = {},
  ): Promise<Response> {
    const url = new URL(`${BASE}/api${path}`)
    const isForm = body instanceof FormData
    const request = new Request(url, {
      method,
      headers: this.headers(isForm || body === undefined ? extraHeaders : { 'Content-Type': 'application/json', ...extraHeaders }),
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    })
    // An HTTP client sends a form's length; a Request built in memory does not carry it.
    if (isForm) request.headers.set('Content-Length', String((await request.clone().arrayBuffer()).byteLength))
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return handlers[method](request, { params: Promise.resolve({ slug }) })
  }

  async graphql(
    query: string,
    variables?: Json,
    extraHeaders: Record<string, string> = {},
  ): Promise<{ status: number; body: Json; headers: Headers }> {
    const request = new Request(`${BASE}/api/graphql`, {
      method: 'POST',
      headers: this.headers({ 'Content-Type': 'application/json', ...extraHeaders }),
      body: JSON.stringify({ query, variables }),
    })
    const response = await graphqlHandler(request)
    return { status: response.status, body: await response.json(), headers: response.headers }
  }
}
