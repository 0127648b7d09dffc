import { RuleViolation } from '@/rules/ruleViolation'

/** R-REQ-07 statuses, in the words of the portal. */
export const REQUEST_STATUSES = [
  { value: 'RADICADO', label: 'Radicado', description: 'Estado inicial; responsable la aseguradora.' },
  { value: 'DEVUELTO', label: 'Devuelto', description: 'El intermediario debe corregir la información.' },
  { value: 'ESCALADO', label: 'Escalado', description: 'Enviado al área de soporte para su solución.' },
  { value: 'FINALIZADO', label: 'Finalizado', description: 'Caso solucionado.' },
  { value: 'RECHAZADO', label: 'Rechazado', description: 'No corresponde al área radicada.' },
] as const

export type RequestStatus = (typeof REQUEST_STATUSES)[number]['value']

export const INITIAL_STATUS: RequestStatus = 'RADICADO'
export const CLOSED_STATUSES: readonly RequestStatus[] = ['FINALIZADO', 'RECHAZADO']

/** Moves insurer staff may make. DEVUELTO → RADICADO is the intermediary's alone. */
const STAFF_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  RADICADO: ['DEVUELTO', 'ESCALADO', 'FINALIZADO', 'RECHAZADO'],
  ESCALADO: ['DEVUELTO', 'FINALIZADO', 'RECHAZADO'],
  DEVUELTO: ['RECHAZADO'],
  FINALIZADO: [],
  RECHAZADO: [],
}

export type StatusActor = 'staff' | 'broker'

export const isRequestStatus = (value: unknown): value is RequestStatus =>
  REQUEST_STATUSES.some((s) => s.value === value)

export const isClosedStatus = (status: RequestStatus): boolean => CLOSED_STATUSES.includes(status)

/**
 * R-REQ-07: only insurer staff move a request, except the resubmission DEVUELTO → RADICADO,
 * which only the intermediary makes and only when it adds a document or a comment.
 */
export function assertStatusTransition(input: {
  from: RequestStatus
  to: unknown
  actor: StatusActor
  addsDocumentOrComment: boolean
}): RequestStatus {
  const { from, to, actor, addsDocumentOrComment } = input
  if (!isRequestStatus(to)) {
    throw new RuleViolation(
      'R-REQ-07',
      `El estado ${String(to)} no existe; use ${REQUEST_STATUSES.map((s) => s.value).join(', ')}.`,
    )
  }
  if (to === from) return to
  if (isClosedStatus(from)) {
    throw new RuleViolation('R-REQ-07', `La solicitud está ${from} y ya no cambia de estado.`, 409)
  }
  if (from === 'DEVUELTO' && to === 'RADICADO') {
    if (actor !== 'broker') {
      throw new RuleViolation('R-REQ-07', 'Solo el intermediario vuelve a radicar una solicitud devuelta.', 403)
    }
    if (!addsDocumentOrComment) {
      throw new RuleViolation(
        'R-REQ-07',
        'Para volver a radicar una solicitud devuelta agregue un documento o un comentario con la corrección.',
      )
    }
    return to
  }
  if (actor === 'broker') {
    throw new RuleViolation(
      'R-REQ-07',
      `Un intermediario no puede pasar una solicitud de ${from} a ${to}; solo puede volver a radicar una solicitud devuelta.`,
      403,
    )
  }
  if (!STAFF_TRANSITIONS[from].includes(to)) {
    const allowed = STAFF_TRANSITIONS[from]
    throw new RuleViolation(
      'R-REQ-07',
      `Una solicitud ${from} no puede pasar a ${to}${allowed.length ? `; puede pasar a ${allowed.join(', ')}` : ''}.`,
      409,
    )
  }
  return to
}
