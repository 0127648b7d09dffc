import type { CollectionBeforeChangeHook } from 'payload'

import type { Case } from '@/payload-types'
import { deriveAuctionTerms } from './deriveAuctionTerms'
import { deriveDefaultNoticeDeadline } from './deriveDefaultNoticeDeadline'
import { deriveFollowUpTerms } from './deriveFollowUpTerms'
import { derivePaymentOrderFigures } from './derivePaymentOrderFigures'
import { liquidateLcd } from './liquidateLcd'
import { listMissingChecklistItems } from './listMissingChecklistItems'
import { loadCaseFactsForSave } from './loadCaseFactsForSave'
import { setNextDeadline } from './setNextDeadline'
import { totalDebtLines } from './totalDebtLines'

/**
 * Everything on a case that follows from its facts, recomputed on every save, in this order (each
 * reads what the ones before it set): totals, the default notice's deadline, the LCD, the payment
 * order, follow-up terms, the coactive checklist, the auction, and last the next deadline.
 */
export const computeCaseFigures: CollectionBeforeChangeHook<Case>[] = [
  loadCaseFactsForSave,
  totalDebtLines,
  deriveDefaultNoticeDeadline,
  liquidateLcd,
  derivePaymentOrderFigures,
  deriveFollowUpTerms,
  listMissingChecklistItems,
  deriveAuctionTerms,
  setNextDeadline,
]
