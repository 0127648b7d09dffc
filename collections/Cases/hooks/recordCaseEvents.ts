import type { CollectionAfterChangeHook } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { exceptionGroundLabel } from '@/rules/cases/exceptionDecisions'
import { formatPesos } from '@/rules/money'
import { idOf } from '@/utilities/idOf'
import type { Case } from '@/payload-types'
import { CASE_EVENT_KIND, EXCEPTION_DECISION, measureKindLabel, TERMINATION_CAUSE } from '@/rules/cases/caseOptions'
import { STAGES, SUB_STATE, SUB_STATE_LABELS } from '@/rules/cases/stages'

type Row = { id?: string | null }

const newRows = <T extends Row>(rows: T[] | null | undefined, before: T[] | null | undefined): T[] => {
  const known = new Set((before ?? []).map((r) => String(r.id)))
  return (rows ?? []).filter((r) => !known.has(String(r.id)))
}

/** Rows whose `field` was empty before this change (or that are new) and is set now. */
const newlySet = <T extends Row>(rows: T[] | null | undefined, before: T[] | null | undefined, field: keyof T): T[] => {
  const earlier = new Map((before ?? []).map((r) => [String(r.id), r]))
  return (rows ?? []).filter((r) => r[field] && !earlier.get(String(r.id))?.[field])
}

const shortDay = (value: unknown) => String(value).slice(0, 10)

/**
 * R-COB-17: the case file grows with every action, in the same transaction: creation, each move
 * of stage or state, each signed act's document, each persuasive action, each exception and its
 * decision, each measure ordered or lifted. Entries are appended one
 * at a time (never in parallel inside a transaction).
 */
export const recordCaseEvents: CollectionAfterChangeHook<Case> = async ({ doc, previousDoc, operation, req }) => {
  if (req.context.deadlinesOnly) return doc
  const before: Partial<Case> = operation === 'create' ? {} : (previousDoc ?? {})
  if (operation === 'create') {
    await appendCaseEvent(req, doc, { kind: CASE_EVENT_KIND.opening, summary: `Expediente abierto en cobro persuasivo por ${formatPesos(doc.capitalTotal ?? 0)} de capital.` })
  } else if (before.stage !== doc.stage || before.subState !== doc.subState) {
    const what = `${doc.stage} · ${SUB_STATE_LABELS[doc.subState]}`
    let summary = `Pasa a ${what} (antes ${before.stage} · ${before.subState ? SUB_STATE_LABELS[before.subState] : before.subState}).`
    if (doc.subState === SUB_STATE.lcdSigned) summary = `LCD firmada con corte ${String(doc.lcd?.cutOffDate).slice(0, 10)} por ${formatPesos(doc.lcd?.total ?? 0)}. ${summary}`
    if (doc.subState === SUB_STATE.paymentOrderIssued) summary = `Mandamiento de pago librado por ${formatPesos(doc.paymentOrder?.amount ?? 0)}. ${summary}`
    if (doc.stage === STAGES.terminated && doc.closure?.terminationCause === TERMINATION_CAUSE.favourableDecision) {
      summary = `Termina el proceso por excepciones probadas a favor del deudor (R-COB-15). ${summary}`
    }
    await appendCaseEvent(req, doc, { kind: req.user ? CASE_EVENT_KIND.move : CASE_EVENT_KIND.automatic, summary })
  }
  for (const [group, act] of [['lcd', 'de la LCD firmada'], ['paymentOrder', 'del mandamiento de pago firmado']] as const) {
    const document = idOf(doc[group]?.document)
    if (document !== undefined && String(document) !== String(idOf(before[group]?.document))) {
      await appendCaseEvent(req, doc, { kind: CASE_EVENT_KIND.act, summary: `Documento ${act} incorporado al expediente.`, document })
    }
  }
  for (const action of newRows(doc.persuasiveActions, before.persuasiveActions)) {
    await appendCaseEvent(req, doc, {
      kind: CASE_EVENT_KIND.persuasiveAction,
      summary: `Gestión ${action.channel} del ${String(action.date).slice(0, 10)}: ${action.outcome}`,
    })
  }
  for (const exception of newRows(doc.exceptions, before.exceptions)) {
    await appendCaseEvent(req, doc, { kind: CASE_EVENT_KIND.act, summary: `Excepción propuesta (${exception.ground}) el ${String(exception.filedOn).slice(0, 10)}.` })
  }
  for (const exception of newlySet(doc.exceptions, before.exceptions, 'decision')) {
    const verdict = exception.decision === EXCEPTION_DECISION.upheld ? 'declarada probada (a favor del deudor)' : 'declarada no probada'
    await appendCaseEvent(req, doc, {
      kind: CASE_EVENT_KIND.act,
      summary: `Excepción "${exceptionGroundLabel(exception.ground)}" ${verdict} el ${shortDay(exception.decidedOn)}.`,
    })
  }
  for (const measure of newRows(doc.measures, before.measures)) {
    await appendCaseEvent(req, doc, {
      kind: CASE_EVENT_KIND.measure,
      summary: `${measureKindLabel(measure.kind)} decretado sobre ${measure.description} por ${formatPesos(measure.amount)}.`,
    })
  }
  for (const measure of newlySet(doc.measures, before.measures, 'liftedOn')) {
    await appendCaseEvent(req, doc, {
      kind: CASE_EVENT_KIND.measure,
      summary: `${measureKindLabel(measure.kind)} sobre ${measure.description} levantado el ${shortDay(measure.liftedOn)}.`,
    })
  }
  return doc
}
