import type { Case } from '@/payload-types'
import { day } from '@/rules/calendar'
import { type MergedCase } from './mergeCaseData'

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Array rows compared by content: Payload gives new rows their id only when it writes them. */
const sameRows = (rows: { id?: string | null }[] | null | undefined, before: { id?: string | null }[] | null | undefined) =>
  same(
    (rows ?? []).map(({ id: _id, ...rest }) => rest),
    (before ?? []).map(({ id: _id, ...rest }) => rest),
  )

export const measuresChanged = (c: MergedCase, originalDoc: Case | undefined): boolean => !sameRows(c.measures, originalDoc?.measures)

/** R-COB-01: did this save touch the records of the coactive stage (order, exceptions, measures, auction)? */
export const coactiveRecordsChanged = (c: MergedCase, originalDoc: Case | undefined): boolean =>
  measuresChanged(c, originalDoc) ||
  !sameRows(c.exceptions, originalDoc?.exceptions) ||
  !same(c.paymentOrder.number, originalDoc?.paymentOrder?.number) ||
  !same(
    [c.auction.appraisal, day(c.auction.announcedOn), day(c.auction.auctionOn)],
    [originalDoc?.auction?.appraisal, day(originalDoc?.auction?.announcedOn), day(originalDoc?.auction?.auctionOn)],
  )
