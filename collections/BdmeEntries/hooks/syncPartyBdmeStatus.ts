import type { CollectionAfterChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { BdmeEntry } from '@/payload-types'
import { bdmeStatusOf } from '@/rules/bdme/bdmeEntry'
import { idOf } from '@/utilities/idOf'
import { todayFor } from '@/utilities/todayFor'

/**
 * One source of truth: the register. The debtor's `reportedToBdme` / `bdmeReportedAt` are derived
 * from its entries after every report or withdrawal, in the same transaction.
 */
export const syncPartyBdmeStatus: CollectionAfterChangeHook<BdmeEntry> = async ({ doc, req }) => {
  const party = idOf(doc.party)!
  const { docs } = await req.payload.find({
    collection: SLUGS.bdmeEntries,
    where: { party: { equals: party } },
    select: { reportedOn: true, withdrawnOn: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const status = bdmeStatusOf(docs, todayFor(req))
  // As the system: the flags are written by no user (guardBdmeReport refuses them to clients).
  await req.payload.update({ collection: SLUGS.parties, id: party, data: status, overrideAccess: true, req })
  return doc
}
