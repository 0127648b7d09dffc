import { RuleViolation } from '@/rules/ruleViolation'

export type DocumentedAct = 'LCD' | 'MANDAMIENTO'

const ACTS: Record<DocumentedAct, { name: string; issuedAs: string }> = {
  LCD: { name: 'la LCD', issuedAs: 'firmada' },
  MANDAMIENTO: { name: 'el mandamiento de pago', issuedAs: 'librado' },
}

/**
 * R-COB-08 / R-COB-17: the signed act (the LCD, the payment order) is kept in the case file as a PDF,
 * attached once the act is issued; once attached it stays (a correction is a new act, not a swap).
 */
export function assertActDocument(input: {
  act: DocumentedAct
  issuedOn: string | null | undefined
  attachedBefore: number | string | null | undefined
  mimeType: string | null | undefined
}): void {
  const { name, issuedAs } = ACTS[input.act]
  if (input.attachedBefore) {
    throw new RuleViolation('R-COB-17', `El documento de ${name} ya está en el expediente y no se reemplaza.`, 409)
  }
  if (!input.issuedOn) {
    throw new RuleViolation('R-COB-17', `Adjunte el documento de ${name} cuando esté ${issuedAs}.`, 409)
  }
  if (input.mimeType !== 'application/pdf') {
    throw new RuleViolation('R-COB-08', `El documento de ${name} ${issuedAs} se adjunta en PDF.`, 400)
  }
}
