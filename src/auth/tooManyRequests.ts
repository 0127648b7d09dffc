import { APIError, type PayloadRequest } from 'payload'

/** Rule ID of the sign-in and password-reset rate limits. */
export const RATE_LIMIT_RULE = 'SEC-RATE'

/**
 * 429 with Retry-After (REST and GraphQL responses both merge `req.responseHeaders`). The message
 * is the same whether the e-mail exists or not.
 */
export const tooManyRequests = (req: PayloadRequest, retryAfterSeconds: number): APIError => {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfterSeconds))
  req.responseHeaders = headers
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return new APIError(
    `${RATE_LIMIT_RULE}: Demasiados intentos. Espere ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'} antes de volver a intentarlo.`,
    429,
    { rule: RATE_LIMIT_RULE, retryAfter: retryAfterSeconds },
    true,
  )
}
