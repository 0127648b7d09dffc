import { RuleViolation } from '@/rules/ruleViolation'
import { ACT_STATUSES } from '@/rules/acts/signedAct'
import { day } from '@/rules/calendar'

export const CITATION_BY_EMAIL = 'CORREO_ELECTRONICO'

export type CitationFacts = {
  citationChannel?: string | null
  citationEmail?: string | null
  /** YYYY-MM-DD */
  citationSentOn?: string | null
}

/** The citation facts of a notification record, its sent day as YYYY-MM-DD. */
export const citationFactsOf = (facts: { citationChannel?: string | null; citationEmail?: string | null; citationSentOn?: unknown } | null | undefined): CitationFacts => ({
  citationChannel: facts?.citationChannel ?? null,
  citationEmail: facts?.citationEmail ?? null,
  citationSentOn: day(facts?.citationSentOn as string | null | undefined) ?? null,
})

/**
 * R-COB-04/10, R-NOT-03: a citation is e-mailed when the officer records it as sent (its day newly
 * set) by the debtor's registered e-mail; recording it again on the same day sends nothing more.
 */
export function citationEmailDue(facts: CitationFacts, previous: CitationFacts | null | undefined): boolean {
  return facts.citationChannel === CITATION_BY_EMAIL && Boolean(facts.citationSentOn) && facts.citationSentOn !== (previous?.citationSentOn ?? null)
}

/** R-NOT-01: a citation by e-mail names the registered address it goes to. */
export function assertCitationAddress(facts: CitationFacts): void {
  if (facts.citationEmail?.trim()) return
  throw new RuleViolation('R-NOT-01', 'Indique el correo electrónico registrado del deudor al que se envía la citación.', 400, { path: 'facts.citationEmail' })
}

/**
 * R-NOT-03, R-COB-04/10: a citation sent by e-mail carries the signed act it cites for, as a PDF;
 * without a signed copy of the act on the notification record nothing is recorded nor sent. A PDF
 * that is not a generated act (signed elsewhere and uploaded) is accepted as the signed copy.
 */
export function assertCitationActSigned(act: { actKind?: string | null; actStatus?: string | null; mimeType?: string | null } | null | undefined): void {
  if (act && act.mimeType === 'application/pdf' && (!act.actKind || act.actStatus === ACT_STATUSES.signed)) return
  throw new RuleViolation(
    'R-NOT-03',
    'La citación por correo electrónico lleva adjunto el acto firmado (PDF): firme el acto y déjelo como copia del acto de la notificación antes de registrar el envío.',
    409,
    { path: 'document' },
  )
}

/** Business days to appear after a citation: ten for the payment order (R-COB-10), five otherwise (R-COB-04). */
export const citationDaysToAppear = (act: string): number => (act === 'MANDAMIENTO_DE_PAGO' ? 10 : 5)
