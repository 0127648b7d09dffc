/** R-COB-01: the stages of a collection case (expediente) and the sub-states inside each one. */
export const STAGES = {
  persuasive: 'PERSUASIVO',
  preLegal: 'PREJURIDICO',
  coactive: 'COACTIVO',
  terminated: 'TERMINADO',
  suspended: 'SUSPENDIDO',
  insolvency: 'INSOLVENCIA',
} as const

export type Stage = (typeof STAGES)[keyof typeof STAGES]

export const STAGE_OPTIONS: { label: string; value: Stage }[] = [
  { label: 'Persuasivo', value: STAGES.persuasive },
  { label: 'Prejurídico', value: STAGES.preLegal },
  { label: 'Coactivo', value: STAGES.coactive },
  { label: 'Terminado', value: STAGES.terminated },
  { label: 'Suspendido', value: STAGES.suspended },
  { label: 'Insolvencia', value: STAGES.insolvency },
]

/**
 * Sub-states of each working stage, in the order the process walks them. A case moves one step
 * forward at a time (or stays); the last sub-state is the one from which the next stage opens.
 */
export const SUB_STATES = {
  PERSUASIVO: ['GESTION_PERSUASIVA', 'CONSTITUIDO_EN_MORA'],
  PREJURIDICO: ['LCD_EN_PROYECTO', 'LCD_FIRMADA', 'EN_NOTIFICACION', 'NOTIFICADA', 'EN_FIRME'],
  COACTIVO: ['MANDAMIENTO_LIBRADO', 'MANDAMIENTO_NOTIFICADO', 'ORDEN_DE_EJECUCION', 'REMATE'],
  TERMINADO: ['ARCHIVADO'],
  SUSPENDIDO: ['SUSPENDIDO'],
  INSOLVENCIA: ['REMITIDO_A_INSOLVENCIA'],
} as const satisfies Record<Stage, readonly string[]>

export type SubState = (typeof SUB_STATES)[Stage][number]

/** The sub-states that hooks and the daily sweep single out by name. */
export const SUB_STATE = {
  lcdDrafted: 'LCD_EN_PROYECTO',
  lcdSigned: 'LCD_FIRMADA',
  lcdInNotification: 'EN_NOTIFICACION',
  lcdNotified: 'NOTIFICADA',
  paymentOrderIssued: 'MANDAMIENTO_LIBRADO',
} as const satisfies Record<string, SubState>

export const SUB_STATE_LABELS: Record<SubState, string> = {
  GESTION_PERSUASIVA: 'En gestión persuasiva',
  CONSTITUIDO_EN_MORA: 'Constituido en mora',
  LCD_EN_PROYECTO: 'LCD en proyecto',
  LCD_FIRMADA: 'LCD firmada',
  EN_NOTIFICACION: 'LCD en notificación',
  NOTIFICADA: 'LCD notificada',
  EN_FIRME: 'Título en firme',
  MANDAMIENTO_LIBRADO: 'Mandamiento de pago librado',
  MANDAMIENTO_NOTIFICADO: 'Mandamiento de pago notificado',
  ORDEN_DE_EJECUCION: 'Orden de seguir adelante la ejecución',
  REMATE: 'Remate',
  ARCHIVADO: 'Terminado y archivado',
  SUSPENDIDO: 'Suspendido',
  REMITIDO_A_INSOLVENCIA: 'Remitido al equipo de insolvencia',
}

export const SUB_STATE_OPTIONS = (Object.keys(SUB_STATE_LABELS) as SubState[]).map((value) => ({
  label: SUB_STATE_LABELS[value],
  value,
}))

export const firstSubStateOf = (stage: Stage): SubState => SUB_STATES[stage][0]

export const isSubStateOf = (stage: Stage, subState: string): subState is SubState =>
  (SUB_STATES[stage] as readonly string[]).includes(subState)

/** The stages in which the case is worked; in the others it is closed, paused or with the insolvency team. */
export const WORKING_STAGES: readonly Stage[] = [STAGES.persuasive, STAGES.preLegal, STAGES.coactive]

export const isOpenStage = (stage: Stage): boolean => WORKING_STAGES.includes(stage)
