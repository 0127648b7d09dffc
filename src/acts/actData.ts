import type { Liquidation, LiquidationLine } from '@/rules/acts/lcdLiquidation'
import type { ActKind } from '@/rules/acts/actKinds'
import type { Letterhead } from './actDocument'
import type { AgreementActData } from './agreementActData'

export type BankAccount = { bank: string; accountType: string; number: string; holder: string }

export type ActTitle = { caseTitle: string; issuedOn: string | null; finalOn: string | null; capital: number; interest: number; total: number }

export type ActException = {
  ground: string
  filedOn: string
  decision: 'PROBADA' | 'NO_PROBADA' | null
  decidedOn: string | null
  appealFiledOn: string | null
  appealDecidedOn: string | null
}

/**
 * Everything an act says, loaded from the case (src/acts/loadActData.ts) into plain data: the
 * templates are pure functions of it. Dates are ISO days; money is integer pesos.
 */
export type ActData = {
  kind: ActKind
  /** The day the act is drafted (or signed): its date. */
  date: string
  letterhead: Letterhead
  bankAccount: BankAccount
  caseTitle: string
  stage: string
  debtor: { name: string; idType: string; idNumber: string; address: string | null; city: string | null; email: string | null }
  /** The debt by period and concept as the case holds it (capital only; the presumed debt of R-COB-02). */
  debt: { lines: LiquidationLine[]; capital: number }
  /** The LCD's liquidation at its cut-off date (R-COB-03); null while the case has no cut-off. */
  lcd: (Liquidation & { cutOffDate: string; issuedOn: string | null; notifiedOn: string | null; finalOn: string | null }) | null
  /** R-COB-10: the final titles (LCDs) of this debtor the payment order covers; this case's first. */
  titles: ActTitle[]
  paymentOrder: { number: string | null; issuedOn: string | null; amount: number | null; notifiedOn: string | null; responseDeadline: string | null }
  /** The notification record of the act being notified (citation, notice), when there is one. */
  notification: { act: string; citationSentOn: string | null; appearanceDeadline: string | null; noticeTakeDownOn: string | null; notifiedOn: string | null } | null
  exceptions: ActException[]
  auction: { appraisal: number | null; announcedOn: string | null; auctionOn: string | null; baseBid: number | null; deposit: number | null; balanceDueBy: string | null }
  defaultNotice: { arisenOn: string | null; identifiedOn: string | null }
  /** The payment agreement its acts speak of (R-AGR-07/11/12); absent on the case's other acts. */
  agreement?: AgreementActData | null
  /** Who signs (null on a draft) and the office that must sign it. */
  signer: { name: string | null; office: string; signedOn: string | null }
}
