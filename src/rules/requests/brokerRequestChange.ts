import { RuleViolation } from '@/rules/ruleViolation'
import { assertStatusTransition, isClosedStatus, type RequestStatus } from './requestStatus'

type Id = number | string
type CommentShape = { id?: string | null; text?: string | null }

export type BrokerChangeInput = {
  original: { status: RequestStatus; comments?: CommentShape[] | null; attachments?: Id[] | null } & Record<string, unknown>
  incoming: Record<string, unknown>
}

/** What an intermediary may send when it updates its own request (R-REQ-07). */
export const BROKER_EDITABLE_FIELDS = ['status', 'comments', 'attachments'] as const

const idOf = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object' && 'id' in value) return String((value as { id: Id }).id)
  return String(value)
}

const same = (a: unknown, b: unknown): boolean => {
  const norm = (v: unknown): string => {
    if (v === undefined || v === '') return 'null'
    if (Array.isArray(v)) return JSON.stringify(v.map((x) => (x && typeof x === 'object' && 'id' in x ? idOf(x) : x)))
    if (v && typeof v === 'object' && 'id' in v) return JSON.stringify(idOf(v))
    return JSON.stringify(v)
  }
  return norm(a) === norm(b)
}

/**
 * R-REQ-07 for an intermediary's update: it may only add comments and documents to an open
 * request and resubmit a returned one (DEVUELTO → RADICADO) when it adds one of them.
 * Existing comments and documents are never edited or removed.
 */
export function assertBrokerRequestChange({ original, incoming }: BrokerChangeInput): {
  addedComments: number
  addedAttachments: number
} {
  const forbidden = Object.keys(incoming).filter(
    (key) => !(BROKER_EDITABLE_FIELDS as readonly string[]).includes(key) && !same(incoming[key], original[key]),
  )
  if (forbidden.length > 0) {
    throw new RuleViolation(
      'R-REQ-07',
      `Un intermediario solo puede agregar comentarios y documentos o volver a radicar; no puede cambiar: ${forbidden.join(', ')}.`,
      403,
    )
  }

  let addedComments = 0
  if ('comments' in incoming) {
    const sent = Array.isArray(incoming.comments) ? (incoming.comments as CommentShape[]) : []
    const byId = new Map(sent.filter((c) => c?.id).map((c) => [String(c.id), c]))
    for (const existing of original.comments ?? []) {
      const kept = byId.get(String(existing.id))
      if (!kept || (kept.text !== undefined && kept.text !== existing.text)) {
        throw new RuleViolation(
          'R-REQ-05',
          'Los comentarios no se editan ni se borran: envíe los existentes (con su id) seguidos de los nuevos.',
          403,
        )
      }
    }
    const known = new Set((original.comments ?? []).map((c) => String(c.id)))
    addedComments = sent.filter((c) => !c?.id || !known.has(String(c.id))).length
  }

  let addedAttachments = 0
  if ('attachments' in incoming) {
    const sent = new Set((Array.isArray(incoming.attachments) ? incoming.attachments : []).map(idOf))
    const current = (original.attachments ?? []).map(idOf)
    if (current.some((id) => !sent.has(id))) {
      throw new RuleViolation('R-REQ-04', 'Un intermediario no puede quitar documentos ya adjuntos a la solicitud.', 403)
    }
    addedAttachments = [...sent].filter((id) => !current.includes(id)).length
  }

  if ((addedComments > 0 || addedAttachments > 0) && isClosedStatus(original.status)) {
    throw new RuleViolation('R-REQ-07', `La solicitud está ${original.status}; ya no recibe comentarios ni documentos.`, 409)
  }

  if ('status' in incoming && incoming.status !== original.status) {
    assertStatusTransition({
      from: original.status,
      to: incoming.status,
      actor: 'broker',
      addsDocumentOrComment: addedComments + addedAttachments > 0,
    })
  }
  return { addedComments, addedAttachments }
}

/** R-REQ-07: an intermediary updates its requests one at a time, by id (never a bulk update by `where`). */
export function assertBrokerUpdatesById(id: Id | undefined): void {
  if (id === undefined) throw new RuleViolation('R-REQ-07', 'Un intermediario actualiza sus solicitudes una por una, por su id.', 403)
}
