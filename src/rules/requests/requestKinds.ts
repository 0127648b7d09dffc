import { RuleViolation } from '@/rules/ruleViolation'

export type RequestSubtype = {
  code: string
  name: string
  /** The request names a client (ID type + number) that must belong to the clave (R-REQ-02). */
  needsClient?: boolean | null
  /** The request carries product data: policy type, number, certificate, line of business (R-REQ-03). */
  needsProduct?: boolean | null
  /** The request names the policy period (vigencia) it is about (R-REQ-03, 000 "Solicitud de cartera"). */
  needsPolicyPeriod?: boolean | null
  active?: boolean | null
}

export type RequestKind = {
  code: string
  name: string
  active?: boolean | null
  subtypes?: RequestSubtype[] | null
}

/** R-REQ-01: the catalogue the insurer starts with; administrators extend it in the admin. */
export const DEFAULT_REQUEST_KINDS: RequestKind[] = [
  {
    code: 'RECAUDO',
    name: 'Recaudo',
    subtypes: [
      { code: 'REACTIVACION_POLIZA', name: 'Reactivación de póliza', needsClient: true, needsProduct: true },
      { code: 'DUPLICADO_RECIBO', name: 'Duplicado de recibo', needsClient: true, needsProduct: true },
      { code: 'LEGALIZACION_PAGOS', name: 'Legalización de pagos', needsClient: false, needsProduct: false },
    ],
  },
  {
    code: 'CARTERA',
    name: 'Cartera',
    subtypes: [{ code: 'DEVOLUCION_PRIMAS', name: 'Devolución de primas', needsClient: true, needsProduct: true, needsPolicyPeriod: true }],
  },
  {
    code: 'COMISIONES',
    name: 'Comisiones',
    subtypes: [
      { code: 'ACTUALIZACION_CUENTA', name: 'Actualización de cuenta bancaria' },
      { code: 'CAMBIO_REGIMEN', name: 'Cambio de régimen' },
      { code: 'ERROR_PLANILLA', name: 'Error en la planilla' },
      { code: 'PLANILLA_PILA', name: 'Planilla PILA' },
      { code: 'SOLICITUD_AJUSTE', name: 'Solicitud de ajuste' },
    ],
  },
]

/** The kind and subtype a payment legalization files (R-LEG-05). */
export const LEGALIZATION_KIND = { kind: 'RECAUDO', subtype: 'LEGALIZACION_PAGOS' } as const

/** R-REQ-01: a request is filed under an active kind and one of that kind's active subtypes. */
export function assertSubtypeOfKind(kind: RequestKind | null | undefined, subtypeCode: unknown): RequestSubtype {
  if (!kind) throw new RuleViolation('R-REQ-01', 'El tipo de solicitud no existe.')
  if (kind.active === false) {
    throw new RuleViolation('R-REQ-01', `El tipo de solicitud ${kind.name} no está disponible.`)
  }
  const subtypes = (kind.subtypes ?? []).filter((s) => s.active !== false)
  if (typeof subtypeCode !== 'string' || subtypeCode.trim() === '') {
    throw new RuleViolation(
      'R-REQ-01',
      `Elija el subtipo de la solicitud de ${kind.name}: ${subtypes.map((s) => s.code).join(', ')}.`,
    )
  }
  const subtype = subtypes.find((s) => s.code === subtypeCode)
  if (!subtype) {
    throw new RuleViolation(
      'R-REQ-01',
      `El subtipo ${subtypeCode} no pertenece a ${kind.name}; use uno de: ${subtypes.map((s) => s.code).join(', ')}.`,
    )
  }
  return subtype
}

/** "Recaudo · Reactivación de póliza", as the consultation table names a request. */
export const requestTitle = (kind: RequestKind, subtype: RequestSubtype): string => `${kind.name} · ${subtype.name}`
