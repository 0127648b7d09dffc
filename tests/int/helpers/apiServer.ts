/**
 * A child process for tests that must stop the database under a running app: the real REST and
 * GraphQL route handlers of src/app/(payload)/api (with their request wrapper) served over HTTP, on the database
 * in DATABASE_URL, on a free port printed as `LISTENING <port>`. With SERVER_ADMIN_EMAIL and
 * SERVER_ADMIN_PASSWORD it first creates that administrator (the test's own empty database).
 *   DATABASE_URL=… npx tsx tests/int/helpers/apiServer.ts
 */
import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import http from 'http'
import { getPayload } from 'payload'

import { POST as GRAPHQL_POST } from '@/app/(payload)/api/graphql/route'
import { withRequestContext } from '@/http/withRequestContext'

const handlers = { GET: withRequestContext(REST_GET(config)), POST: withRequestContext(REST_POST(config)) }

const payload = await getPayload({ config })
const { SERVER_ADMIN_EMAIL: email, SERVER_ADMIN_PASSWORD: password } = process.env
if (email && password) {
  await payload.create({ collection: 'users', data: { email, password, name: 'Administración de pruebas', role: 'admin' } as never, overrideAccess: true })
}

const server = http.createServer(async (incoming, outgoing) => {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const url = new URL(incoming.url ?? '/', 'http://localhost')
  const method = incoming.method as keyof typeof handlers
  const handler = url.pathname === '/api/graphql' && method === 'POST' ? GRAPHQL_POST : handlers[method]
  if (!handler || !url.pathname.startsWith('/api/')) {
    outgoing.writeHead(404).end()
    return
  }
  const request = new Request(url, {
    method,
    headers: incoming.headers as Record<string, string>,
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handler(request, { params: Promise.resolve({ slug }) })
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  outgoing.end(Buffer.from(await response.arrayBuffer()))
})
// Ends with the test that started it, even when that test dies without stopping it.
process.stdin.on('end', () => process.exit(0))
process.stdin.resume()
server.listen(0, '127.0.0.1', () => console.log(`LISTENING ${(server.address() as { port: number }).port}`))
