import { inject } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/users'

type Json = Record<string, any>

/** The REST API of the running server, as a portal calls it: `Authorization: JWT …`. */
export class RestClient {
  private constructor(private readonly token: string) {}

  static async login(email: string, password = DEMO_PASSWORD): Promise<RestClient> {
    const response = await fetch(`${inject('baseUrl')}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const body = (await response.json()) as Json
    if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(body)}`)
    return new RestClient(body.token)
  }

  async request(method: 'GET' | 'POST' | 'PATCH', path: string, body?: Json | FormData, headers: Record<string, string> = {}): Promise<{ status: number; body: Json }> {
    const isForm = body instanceof FormData
    const response = await fetch(`${inject('baseUrl')}/api${path}`, {
      method,
      headers: {
        Authorization: `JWT ${this.token}`,
        ...(body && !isForm ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : {} }
  }

  /** Like `request`, but a non-2xx answer fails with the server's message. */
  async ok(method: 'GET' | 'POST' | 'PATCH', path: string, body?: Json | FormData, headers?: Record<string, string>): Promise<Json> {
    const res = await this.request(method, path, body, headers)
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body
  }

  /** POST /api/documents (multipart), as docs/api.md shows. */
  uploadDocument(filename: string, bytes: Buffer, type = 'application/pdf'): Promise<Json> {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
    form.append('_payload', JSON.stringify({ category: 'SOPORTE' }))
    return this.ok('POST', '/documents', form)
  }
}
