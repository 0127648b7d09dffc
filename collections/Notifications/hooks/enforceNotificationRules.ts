import type { CollectionBeforeChangeHook } from 'payload'

import { day } from '../../../src/cases/mergeCaseData'
import { SLUGS } from '../../../src/constants/slugs'
import { assertCollectionMayProceed } from '../../../src/rules/cases/caseTransition'
import { assertMayActBeforeCoactive, assertMayActInCoactive, assertMaySign } from '../../../src/rules/cases/competence'
import { RuleViolation } from '../../../src/rules/ruleViolation'
import { enforceRule } from '../../../src/utilities/enforceRule'
import { idOf } from '../../../src/utilities/idOf'

type Doc = Record<string, any>

const COACTIVE_ACTS = ['MANDAMIENTO_DE_PAGO', 'DECISION_EXCEPCIONES']
const SIGNED_LCD = ['LCD_FIRMADA', 'EN_NOTIFICACION', 'NOTIFICADA', 'EN_FIRME']

/**
 * Who may record what (R-ROL-03: citations and notices of the LCD are signed by a branch manager
 * or the collections manager; R-ROL-05: coactive acts only by the executor officer), an LCD is
 * notified only once signed (R-COB-04, when the notification starts), and nothing moves while the debtor is insolvent (R-COB-09).
 * The signer of the citation and the notice is stamped from the acting user.
 */
export const enforceNotificationRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (req.context.deadlinesOnly) return data
  const original: Doc = originalDoc ?? {}
  const facts = { ...(original.facts ?? {}), ...(data.facts ?? {}) }
  const act = data.act ?? original.act
  const role: string | null = req.user ? String(req.user.role) : null
  const theCase = await req.payload.findByID({
    collection: SLUGS.cases,
    id: idOf(data.case ?? original.case)!,
    depth: 0,
    select: { stage: true, subState: true, debtor: true },
    overrideAccess: true,
    req,
  })
  const debtor = await req.payload.findByID({
    collection: SLUGS.parties,
    id: idOf(theCase.debtor)!,
    depth: 0,
    select: { insolvencyStatus: true },
    overrideAccess: true,
    req,
  })
  const changed = (field: string) => day(facts[field]) !== day(original.facts?.[field])

  enforceRule(() => {
    assertCollectionMayProceed({
      debtorInsolvent: Boolean(debtor.insolvencyStatus && debtor.insolvencyStatus !== 'NINGUNO'),
      stage: theCase.stage as never,
    })
    if (original.act && original.act !== act) {
      throw new RuleViolation('R-NOT-01', 'El acto de una notificación no se cambia: registre una nueva.', 409)
    }
    // Checked when the notification starts: later the case moves on (to coactive) while the
    // record of how its LCD was notified is still updated, e.g. by the daily sweep.
    if (act === 'LCD' && !originalDoc && !SIGNED_LCD.includes(String(theCase.subState))) {
      throw new RuleViolation('R-COB-04', 'Solo se notifica una LCD firmada.', 409)
    }
    if (role === null) return
    if (COACTIVE_ACTS.includes(act)) {
      assertMayActInCoactive(role)
      return
    }
    assertMayActBeforeCoactive(role)
    if (changed('citationSentOn') && facts.citationSentOn) assertMaySign(role, 'CITACION')
    if (changed('noticePostedOn') && facts.noticePostedOn) assertMaySign(role, 'AVISO')
  })

  data.facts = {
    ...facts,
    citationSignedBy: changed('citationSentOn') && facts.citationSentOn ? (req.user?.id ?? null) : (original.facts?.citationSignedBy ?? null),
    noticeSignedBy: changed('noticePostedOn') && facts.noticePostedOn ? (req.user?.id ?? null) : (original.facts?.noticeSignedBy ?? null),
  }
  return data
}
