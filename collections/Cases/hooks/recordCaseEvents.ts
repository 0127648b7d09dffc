import type { CollectionAfterChangeHook } from 'payload'

import { appendCaseEvent } from '../../../src/cases/appendCaseEvent'
import { formatPesos } from '../../../src/rules/money'
import { SUB_STATE_LABELS, type SubState } from '../../../src/rules/cases/stages'

type Doc = Record<string, any>

const newRows = (rows: Doc[] | undefined, before: Doc[] | undefined) => {
  const known = new Set((before ?? []).map((r) => String(r.id)))
  return (rows ?? []).filter((r) => !known.has(String(r.id)))
}

/**
 * R-COB-17: the case file grows with every action, in the same transaction: creation, each move
 * of stage or state, each persuasive action, each exception and measure. Entries are appended one
 * at a time (never in parallel inside a transaction).
 */
export const recordCaseEvents: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (req.context.deadlinesOnly) return doc
  const before: Doc = operation === 'create' ? {} : (previousDoc ?? {})
  if (operation === 'create') {
    await appendCaseEvent(req, doc, { kind: 'CREACION', summary: `Expediente abierto en cobro persuasivo por ${formatPesos(doc.capitalTotal ?? 0)} de capital.` })
  } else if (before.stage !== doc.stage || before.subState !== doc.subState) {
    const what = `${doc.stage} · ${SUB_STATE_LABELS[doc.subState as SubState] ?? doc.subState}`
    let summary = `Pasa a ${what} (antes ${before.stage} · ${SUB_STATE_LABELS[before.subState as SubState] ?? before.subState}).`
    if (doc.subState === 'LCD_FIRMADA') summary = `LCD firmada con corte ${String(doc.lcd?.cutOffDate).slice(0, 10)} por ${formatPesos(doc.lcd?.total ?? 0)}. ${summary}`
    if (doc.subState === 'MANDAMIENTO_LIBRADO') summary = `Mandamiento de pago librado por ${formatPesos(doc.paymentOrder?.amount ?? 0)}. ${summary}`
    await appendCaseEvent(req, doc, { kind: req.user ? 'TRANSICION' : 'AUTOMATICA', summary })
  }
  for (const action of newRows(doc.persuasiveActions, before.persuasiveActions)) {
    await appendCaseEvent(req, doc, {
      kind: 'GESTION',
      summary: `Gestión ${action.channel} del ${String(action.date).slice(0, 10)}: ${action.outcome}`,
    })
  }
  for (const exception of newRows(doc.exceptions, before.exceptions)) {
    await appendCaseEvent(req, doc, { kind: 'ACTO', summary: `Excepción propuesta (${exception.ground}) el ${String(exception.filedOn).slice(0, 10)}.` })
  }
  for (const measure of newRows(doc.measures, before.measures)) {
    await appendCaseEvent(req, doc, {
      kind: 'MEDIDA',
      summary: `${measure.kind === 'EMBARGO' ? 'Embargo' : 'Secuestro'} decretado sobre ${measure.description} por ${formatPesos(measure.amount)}.`,
    })
  }
  return doc
}
