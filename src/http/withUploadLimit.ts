import { isBodyOverLimit, uploadLimitFor } from '@/rules/uploadLimits'

/**
 * R-REQ-04 / CARGA-01: a multipart request whose declared length is over its path's upload limit is
 * answered 413 before Payload reads its body. Payload's own limit (`upload.limits` in
 * payload.config.ts) is one for the whole app, the import's; attachments are held to their 10 MB
 * here, and again by their collection's hook for a body sent without a length.
 */
export const withUploadLimit =
  <A extends unknown[]>(handler: (request: Request, ...args: A) => Promise<Response>) =>
  (request: Request, ...args: A): Promise<Response> => {
    const length = Number(request.headers.get('content-length') ?? 0)
    const multipart = request.headers.get('content-type')?.startsWith('multipart/') ?? false
    const limit = uploadLimitFor(new URL(request.url).pathname)
    if (multipart && isBodyOverLimit(length, limit)) {
      const message = `${limit.ruleId}: ${limit.message}`
      return Promise.resolve(Response.json({ errors: [{ message, data: { rule: limit.ruleId, size: limit.bytes } }] }, { status: 413 }))
    }
    return handler(request, ...args)
  }
