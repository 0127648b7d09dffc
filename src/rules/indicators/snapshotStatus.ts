import { closedList } from '../options'
import { RuleViolation } from '../ruleViolation'

/** 001 §7.2.1 item 3 / §7.2.2 item 2: the collections manager publishes; branch managers review what is published. */
export const SNAPSHOT_STATUS = closedList({
  draft: ['BORRADOR', 'Borrador'],
  published: ['PUBLICADO', 'Publicado'],
})

/**
 * R-IND-01: a published snapshot is what branch managers reviewed; it is never changed or deleted
 * (a correction is the next month's snapshot). A draft can be retaken, edited or deleted.
 */
export const assertSnapshotChangeable = (status: string | null | undefined, operation: 'update' | 'delete'): void => {
  if (status === SNAPSHOT_STATUS.values.published) {
    const verb = operation === 'delete' ? 'eliminar' : 'modificar'
    throw new RuleViolation('R-IND-01', `El corte de indicadores ya fue publicado y no se puede ${verb}.`, 409)
  }
}
