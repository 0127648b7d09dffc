import type { CollectionBeforeChangeHook } from 'payload'

import { loadCaseNotifications } from '../../../src/cases/loadCaseNotifications'
import { day, mergeCaseData } from '../../../src/cases/mergeCaseData'
import { SLUGS } from '../../../src/constants/slugs'
import { assertCaseTransition, assertCollectionMayProceed } from '../../../src/rules/cases/caseTransition'
import { smmlvOn } from '../../../src/rules/cases/coactiveEligibility'
import { assertMayActBeforeCoactive, assertMayActInCoactive, assertMaySign } from '../../../src/rules/cases/competence'
import { assertEmbargoWithinLimit } from '../../../src/rules/cases/embargoLimit'
import { assertFollowUpContactInTime } from '../../../src/rules/cases/followUpContacts'
import { liquidateDebt } from '../../../src/rules/cases/interest'
import { assertExceptionsInTime } from '../../../src/rules/cases/paymentOrderTerms'
import { RuleViolation } from '../../../src/rules/ruleViolation'
import { loadLegalSettings } from '../../../src/settings/legalSettings'
import { enforceRule } from '../../../src/utilities/enforceRule'
import { idOf } from '../../../src/utilities/idOf'
import { todayFor } from '../../../src/utilities/todayFor'

type Doc = Record<string, any>

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
const strip = (rows: Doc[] | undefined) => (rows ?? []).map(({ id: _id, ...rest }) => rest)

/**
 * The stage rules, enforced before anything is written: the transition (R-COB-01 with its
 * conditions), competence by role (R-ROL-03/05), insolvency (R-COB-09), the embargo limit
 * (R-COB-14), exceptions in time (R-COB-10) and follow-up contacts (R-COB-06). The acting user's
 * role decides; a request without a user is the system itself (the sweep).
 */
export const enforceCaseRules: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (req.context.deadlinesOnly) return data
  const original: Doc = originalDoc ?? {}
  const c = mergeCaseData(data, originalDoc)
  const role: string | null = req.user ? String(req.user.role) : null
  const today = todayFor(req)

  const debtor = await req.payload.findByID({
    collection: SLUGS.parties,
    id: idOf(c.debtor)!,
    depth: 0,
    select: { insolvencyStatus: true, cannotBeLocated: true },
    overrideAccess: true,
    req,
  })
  const debtorInsolvent = Boolean(debtor.insolvencyStatus && debtor.insolvencyStatus !== 'NINGUNO')

  if (operation === 'create') {
    enforceRule(() => {
      if (c.stage !== 'PERSUASIVO' || c.subState !== 'GESTION_PERSUASIVA') {
        throw new RuleViolation('R-COB-01', 'Todo expediente empieza en cobro persuasivo.', 409)
      }
      if (debtorInsolvent) {
        throw new RuleViolation('R-COB-09', 'El deudor está en un proceso de insolvencia: no se abre cobro, se remite al equipo de insolvencia.', 409)
      }
      if (role !== null) assertMayActBeforeCoactive(role)
    })
    return data
  }

  const from = { stage: original.stage, subState: original.subState }
  const to = { stage: c.stage, subState: c.subState }
  const moved = from.stage !== to.stage || from.subState !== to.subState
  const settings = await loadLegalSettings(req)
  const lcdNotice = (await loadCaseNotifications(req, original.id)).filter((n) => n.act === 'LCD').at(-1)

  enforceRule(() => {
    if (!moved) {
      assertCollectionMayProceed({ debtorInsolvent, stage: from.stage })
      if (role !== null) {
        if (from.stage === 'COACTIVO') assertMayActInCoactive(role)
        else assertMayActBeforeCoactive(role)
      }
    }

    // R-COB-17: the signed LCD is a document of the file; its cut-off and figures do not change.
    if (original.lcd?.issuedOn && !same(day(c.lcd.cutOffDate), day(original.lcd.cutOffDate))) {
      throw new RuleViolation('R-COB-17', 'La LCD ya está firmada: su fecha de corte no se puede cambiar.', 409)
    }

    const coactiveDataChanged =
      !same(strip(c.measures), strip(original.measures)) ||
      !same(strip(c.exceptions), strip(original.exceptions)) ||
      !same(c.paymentOrder?.number, original.paymentOrder?.number) ||
      !same(
        [c.auction?.appraisal, day(c.auction?.announcedOn), day(c.auction?.auctionOn)],
        [original.auction?.appraisal, day(original.auction?.announcedOn), day(original.auction?.auctionOn)],
      )
    const closingOrder = moved && to.stage === 'TERMINADO'
    if (coactiveDataChanged && !closingOrder) {
      if (role !== null) assertMaySign(role, 'MEDIDA_CAUTELAR')
      if (to.stage !== 'COACTIVO') {
        throw new RuleViolation('R-COB-01', 'El mandamiento, las excepciones y las medidas cautelares solo se registran en la etapa coactiva.', 409)
      }
    }

    // R-COB-14 over the measures in force, against the debt plus interest liquidated today.
    const activeMeasures: number[] = (c.measures ?? []).filter((m: Doc) => !m.liftedOn).map((m: Doc) => m.amount ?? 0)
    if (!same(strip(c.measures), strip(original.measures)) && activeMeasures.length > 0) {
      const lines = (c.debtLines ?? []).map((l: Doc) => ({ capital: l.capital, dueDate: day(l.dueDate)! }))
      const debt = liquidateDebt({ lines, cutOffDate: today, rates: settings.moratoriumRates })
      assertEmbargoWithinLimit({ capital: debt.capital, interest: debt.interest, measureAmounts: activeMeasures })
    }

    // R-COB-10: new exceptions within the 15 business days after the payment order's notification.
    const known = new Set((original.exceptions ?? []).map((e: Doc) => String(e.id)))
    for (const exception of c.exceptions ?? []) {
      if (exception.id && known.has(String(exception.id))) continue
      const notifiedOn = day(c.paymentOrder?.notifiedOn)
      if (!notifiedOn) throw new RuleViolation('R-COB-10', 'El mandamiento de pago aún no está notificado: no corren excepciones.', 409)
      assertExceptionsInTime({ notifiedOn, filedOn: day(exception.filedOn)! }, settings.calendar)
    }

    // R-COB-06
    const firstContactOn = day(c.followUp?.firstContactOn)
    const secondContactOn = day(c.followUp?.secondContactOn)
    if (firstContactOn || secondContactOn) {
      const finalOn = day(c.lcd?.finalOn)
      if (!finalOn) throw new RuleViolation('R-COB-06', 'Los contactos de seguimiento se registran después de la firmeza de la LCD.', 409)
      assertFollowUpContactInTime({ finalOn, firstContactOn, secondContactOn })
    }

    if (moved) {
      if (to.stage === 'SUSPENDIDO' && !c.closure?.suspensionReason) {
        throw new RuleViolation('R-COB-15', 'Indique la causa de la suspensión (acuerdo de pago firmado u orden judicial).', 400)
      }
      if (to.stage === 'TERMINADO' && !c.closure?.terminationCause) {
        throw new RuleViolation('R-COB-15', 'Indique la causa de terminación del proceso.', 400)
      }
      if (to.stage === 'INSOLVENCIA' && !debtorInsolvent) {
        throw new RuleViolation('R-COB-09', 'El deudor no tiene registrado un proceso de insolvencia.', 409)
      }
      const oldestDueDate = day(c.oldestDueDate) ?? today
      const totalDebt = c.lcd?.total ?? c.capitalTotal ?? 0
      const pendingExceptions = (c.exceptions ?? []).filter((e: Doc) => !e.decidedOn).length
      assertCaseTransition({
        from,
        to,
        pausedAt: original.pausedAt?.stage ? original.pausedAt : null,
        role,
        debtorInsolvent,
        eligibility: {
          totalDebt,
          cannotBeLocated: Boolean(debtor.cannotBeLocated),
          oldestDueDate,
          today,
          smmlv: smmlvOn(today, settings.minimumWages),
        },
        checklist: c.checklist ?? {},
        checklistContext: {
          isRecovery: Boolean(c.isRecovery),
          notifiedByNotice: Boolean(lcdNotice?.noticePostedOn),
          appealFiled: Boolean(lcdNotice?.appealFiledOn),
        },
        lcdIssuedOn: day(c.lcd?.issuedOn),
        lcdNotifiedOn: day(c.lcd?.notifiedOn),
        titleFinalOn: day(c.lcd?.finalOn),
        paymentOrderNotifiedOn: day(c.paymentOrder?.notifiedOn),
        paymentOrderResponseDeadline: day(c.paymentOrder?.responseDeadline),
        pendingExceptions,
        auctionReady: Boolean(c.auction?.baseBid),
      })
    }
  })
  return data
}
