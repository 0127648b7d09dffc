import { ACT_KINDS, type ActKind } from '@/rules/acts/actKinds'
import { SUB_STATE } from '@/rules/cases/stages'

type ActGroup = { issuedOn?: string | null; document?: unknown } | null | undefined

export type SignedActCase = { subState?: string | null; lcd?: ActGroup; paymentOrder?: ActGroup }

/** What the case is patched with so that its record of the act points to the signed document. */
export type SignedActCasePatch = { subState?: string; lcd?: { document: number }; paymentOrder?: { document: number } }

const hasDocument = (group: ActGroup) => group?.document !== null && group?.document !== undefined

/**
 * R-COB-08 / R-COB-17: a signed LCD or payment order is the document of the case's LCD / payment
 * order record. Signing the LCD of a case whose LCD is in draft (LCD_EN_PROYECTO) is the LCD's
 * signature: the case moves to LCD_FIRMADA with the document. The payment order is linked once the
 * case records it as issued. A record that already holds a document keeps it (a signed act is never
 * swapped); other acts (citations, notices, decisions) have no such record on the case: `null`.
 */
export function signedActCasePatch(kind: ActKind, theCase: SignedActCase, documentId: number): SignedActCasePatch | null {
  if (kind === ACT_KINDS.lcd) {
    if (hasDocument(theCase.lcd)) return null
    if (theCase.subState === SUB_STATE.lcdDrafted) return { subState: SUB_STATE.lcdSigned, lcd: { document: documentId } }
    return theCase.lcd?.issuedOn ? { lcd: { document: documentId } } : null
  }
  if (kind === ACT_KINDS.paymentOrder) {
    if (hasDocument(theCase.paymentOrder)) return null
    return theCase.paymentOrder?.issuedOn ? { paymentOrder: { document: documentId } } : null
  }
  return null
}
