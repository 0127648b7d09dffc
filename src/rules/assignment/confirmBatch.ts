import { RuleViolation } from '@/rules/ruleViolation'
import { BATCH_STATUS } from './assignmentOptions'

type Id = number | string

/**
 * R-ASG-04: a batch is confirmed once, while it is a proposal, with the reason the trail keeps;
 * every row names a firm among the active ones and a debtor appears once.
 */
export const assertBatchConfirmable = (
  batch: { status?: string | null; rows?: readonly { debtor: Id; firm?: Id | null }[] | null },
  activeFirms: readonly Id[],
  reason: string,
): void => {
  if (batch.status !== BATCH_STATUS.proposed) {
    throw new RuleViolation('R-ASG-04', 'Este lote de asignación ya fue confirmado; corra un lote nuevo para reasignar.', 409)
  }
  if (reason.trim().length < 5) throw new RuleViolation('R-ASG-04', 'Indique el motivo de la asignación (al menos 5 caracteres).', 400, { path: 'reason' })
  const rows = batch.rows ?? []
  if (rows.length === 0) throw new RuleViolation('R-ASG-04', 'El lote no tiene filas para confirmar.', 409)
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    if (row.firm === null || row.firm === undefined || !activeFirms.some((f) => String(f) === String(row.firm))) {
      throw new RuleViolation('R-ASG-04', `La fila ${index + 1} debe tener una firma externa activa.`, 400, { path: `rows.${index}.firm` })
    }
    if (seen.has(String(row.debtor))) {
      throw new RuleViolation('R-ASG-04', `El deudor de la fila ${index + 1} aparece más de una vez en el lote.`, 400, { path: `rows.${index}.debtor` })
    }
    seen.add(String(row.debtor))
  })
}

/** R-ASG-04: a confirmed batch is not changed any more (re-assign with a new batch). */
export const assertBatchEditable = (status: string | null | undefined): void => {
  if (status === BATCH_STATUS.confirmed) {
    throw new RuleViolation('R-ASG-04', 'Este lote de asignación ya fue confirmado y no se modifica; corra un lote nuevo para reasignar.', 409)
  }
}
