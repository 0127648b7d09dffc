import { randomUUID } from 'crypto'

import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/db/databaseUnavailable'
import { appLogger } from '@/logging/appLogger'
import { requestContext, type RequestContext } from '@/logging/requestContext'

// A caller's id is kept (a proxy's or a portal's, to follow one request across systems) only when
// it cannot forge log lines.
const ACCEPTED_REQUEST_ID = /^[\w.:-]{1,128}$/

const requestIdOf = (request: Request) => {
  const given = request.headers.get('x-request-id')
  return given && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID()
}

const databaseUnavailableResponse = () =>
  Response.json(
    { message: DATABASE_UNAVAILABLE_MESSAGE, errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] },
    { status: 503, headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) } },
  )

/**
 * Wraps a Next.js route handler of the API: every log line of the request carries its id (taken
 * from `X-Request-Id` or generated, and echoed in the response). A request that failed while the
 * database could not be reached answers 503 even where Payload lost the cause on the way (a failed
 * user lookup becomes an anonymous 401/403; an error before the request was built escapes Payload's
 * error handler); anything else that escapes is logged with its stack and answered 500.
 * GraphQL answers 200 with its errors in the body (`errorsInBody`): there a database failure behind
 * the answer is a 503 too, so that a portal retries instead of reading a half-empty result.
 */
export const withRequestContext =
  <A extends unknown[]>(handler: (request: Request, ...args: A) => Promise<Response>, { errorsInBody = false } = {}) =>
  (request: Request, ...args: A): Promise<Response> => {
    const context: RequestContext = { requestId: requestIdOf(request) }
    return requestContext.run(context, async () => {
      let response: Response
      try {
        response = await handler(request, ...args)
      } catch (error) {
        if (isDatabaseUnavailable(error)) context.databaseFailure ??= error
        else appLogger.error({ err: error, msg: `${request.method} ${new URL(request.url).pathname} falló` })
        response = Response.json({ errors: [{ message: 'Error interno del servidor.' }] }, { status: 500 })
      }
      if (context.databaseFailure && (response.status >= 400 || errorsInBody) && response.status !== 503) {
        const cause = context.databaseFailure as { code?: string; message?: string }
        appLogger.warn({ status: 503, code: cause.code, msg: `Base de datos no disponible: ${cause.message}` })
        response = databaseUnavailableResponse()
      }
      const headers = new Headers(response.headers)
      headers.set('X-Request-Id', context.requestId)
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    })
  }
