import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'

// Zod's own messages in Spanish, for every schema the endpoints use.
z.config(z.locales.es())

export type InputIssue = { campo: string; mensaje: string }

/** Validates input without throwing: the data, or each wrong field with its Spanish message (for admin views). */
export const checkInput = <S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; issues: InputIssue[] } => {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, data: result.data }
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ campo: issue.path.join('.') || '(cuerpo)', mensaje: issue.message })),
  }
}

/** Validates an endpoint's input; bad input is a 400 whose message names each wrong field, in Spanish. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.infer<S> => {
  const result = checkInput(schema, input)
  if (result.ok) return result.data
  const { issues } = result
  const summary = issues.map((i) => `${i.campo}: ${i.mensaje}`).join('; ')
  throw new APIError(`Datos inválidos. ${summary}`, 400, { issues }, true)
}

/** The JSON body of an endpoint call; a body that is not JSON is a 400, not a crash. */
export const readJsonBody = async (req: PayloadRequest): Promise<unknown> => {
  if (!req.json) return {}
  try {
    return await req.json()
  } catch {
    throw new APIError('El cuerpo de la petición debe ser JSON válido.', 400, undefined, true)
  }
}

/** Endpoints are for signed-in users; anyone else gets 401. */
export const requireUser = (req: PayloadRequest) => {
  if (!req.user) throw new APIError('Inicie sesión para usar este servicio.', 401, undefined, true)
  return req.user
}
