import type { CollectionBeforeChangeHook } from 'payload'

import { day, storeDay } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { auctionTerms } from '@/rules/cases/auction'
import { enforceRule } from '@/utilities/enforceRule'

/** R-COB-16: the auction's figures and terms follow from the appraisal and its dates. */
export const deriveAuctionTerms: CollectionBeforeChangeHook<Case> = ({ data, originalDoc }) => {
  const auction = mergeCaseData(data, originalDoc).auction
  const auctionOn = day(auction.auctionOn)
  const announcedOn = day(auction.announcedOn)
  const terms =
    auction.appraisal && auctionOn && announcedOn
      ? enforceRule(() => auctionTerms({ appraisal: auction.appraisal!, auctionOn, announcedOn }))
      : null
  data.auction = {
    ...auction,
    baseBid: terms?.baseBid ?? null,
    deposit: terms?.deposit ?? null,
    balanceDueBy: storeDay(terms?.balanceDueBy),
    approvalDueBy: storeDay(terms?.approvalDueBy),
  }
  return data
}
