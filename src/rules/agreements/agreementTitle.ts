import { AGREEMENT_STATUS_OPTIONS, type AgreementStatus } from './statuses'

const statusLabel = (status: string | null | undefined) => AGREEMENT_STATUS_OPTIONS.find((o) => o.value === status)?.label ?? 'Solicitado'

const ddmmyyyy = (isoDate: string) => {
  const [year, month, dayOfMonth] = isoDate.slice(0, 10).split('-')
  return `${dayOfMonth}/${month}/${year}`
}

/**
 * How users identify an agreement (its page's heading, lists, pickers): the case's title (debtor
 * ID · name) and where the agreement stands. Recomputed on every save, so it follows the status.
 */
export const agreementTitle = (input: { caseTitle?: string | null; caseId: number | string; status?: AgreementStatus | string | null }): string =>
  `${input.caseTitle?.trim() || `Expediente ${input.caseId}`} · ${statusLabel(input.status)}`

/** The agreement's number in documents and labels: its id, which never changes. */
export const agreementNumber = (id: number | string): string => `No. ${id}`

/** An instalment of the schedule (R-AGR-08): its agreement's number and its own. */
export const instalmentLabel = (agreementId: number | string, instalment: number): string =>
  `Acuerdo ${agreementNumber(agreementId)} · cuota ${instalment}`

/**
 * The obligation a BDME report of a defaulted agreement names (R-AGR-12): "Acuerdo de pago" once,
 * the agreement's number and the day it was granted; never its title (which is a heading, not a debt).
 */
export const bdmeObligationOfAgreement = (agreement: { id: number | string; approvedOn?: string | null }): string =>
  `Acuerdo de pago ${agreementNumber(agreement.id)}${agreement.approvedOn ? ` concedido el ${ddmmyyyy(agreement.approvedOn)}` : ''}`
