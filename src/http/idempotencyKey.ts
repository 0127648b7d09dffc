import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { parseInput } from './parseInput'

const KEY_LENGTH = 'El encabezado Idempotency-Key debe tener entre 8 y 100 caracteres.'

const IdempotencyKey = z.string().trim().min(8, KEY_LENGTH).max(100, KEY_LENGTH)

/**
 * The `Idempotency-Key` header of a write that must not happen twice (a payment confirmation, a
 * filed request): a client that retries sends the same key and gets the first answer back.
 * A malformed key is a 400; a missing one is `undefined`, or a 400 with `missingMessage` when required.
 */
export function readIdempotencyKey(req: PayloadRequest, options: { missingMessage: string }): string
export function readIdempotencyKey(req: PayloadRequest): string | undefined
export function readIdempotencyKey(req: PayloadRequest, options?: { missingMessage: string }): string | undefined {
  const header = req.headers.get('idempotency-key') ?? undefined
  const schema = options ? IdempotencyKey.optional().refine((key) => key !== undefined, options.missingMessage) : IdempotencyKey.optional()
  return parseInput(z.object({ 'idempotency-key': schema }), { 'idempotency-key': header })['idempotency-key']
}
