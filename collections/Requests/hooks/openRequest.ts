import type { CollectionBeforeValidateHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { INITIAL_STATUS } from '@/rules/requests/requestStatus'
import { idOf } from '@/utilities/idOf'
import type { Request } from '@/payload-types'

/**
 * R-REQ-07: every request starts RADICADO, with its filing date, who filed it and the first line of
 * its history. Its branch (which staff work it) is the client's, or else that of a policy of the clave.
 */
export const openRequest: CollectionBeforeValidateHook<Request> = async ({ data, operation, req }) => {
  if (!data || operation !== 'create') return data
  const now = new Date().toISOString()
  let branch = idOf(data.branch) ?? null
  const client = idOf(data.client)
  if (client !== undefined) {
    const party = await req.payload.findByID({
      collection: SLUGS.parties,
      id: client,
      select: { branch: true },
      depth: 0,
      overrideAccess: true,
      req,
    })
    branch = idOf(party.branch) ?? branch
  }
  if (branch === null) {
    const { docs } = await req.payload.find({
      collection: SLUGS.policies,
      where: { clave: { equals: data.clave } },
      select: { branch: true },
      sort: 'id',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    branch = idOf(docs[0]?.branch) ?? null
  }
  return {
    ...data,
    status: INITIAL_STATUS,
    filedAt: now,
    closedAt: null,
    filedBy: req.user?.id ?? null,
    branch,
    statusHistory: [
      { from: null, to: INITIAL_STATUS, at: now, by: req.user?.id ?? null, byName: req.user?.name ?? null },
    ],
  }
}
