import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { NotificationSnapshot } from '@/rules/cases/caseDeadlines'
import { day } from '@/rules/calendar'

/** The notification records of a case, oldest first, as the pure deadline rules take them. */
export const loadCaseNotifications = async (req: PayloadRequest, caseId: number | string | undefined): Promise<NotificationSnapshot[]> => {
  if (caseId === undefined) return []
  const { docs } = await req.payload.find({
    collection: SLUGS.notifications,
    where: { case: { equals: caseId } },
    sort: 'createdAt',
    limit: 100,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { act: true, facts: true, derived: true },
    req,
  })
  return docs.map((n: any) => ({
    act: n.act,
    noticePostedOn: day(n.facts?.noticePostedOn),
    appealFiledOn: day(n.facts?.appealFiledOn),
    appealDecisionNotifiedOn: day(n.facts?.appealDecisionNotifiedOn),
    appearanceDeadline: day(n.derived?.appearanceDeadline),
    noticeDueOn: day(n.derived?.noticeDueOn),
    noticeTakeDownOn: day(n.derived?.noticeTakeDownOn),
    notifiedOn: day(n.derived?.notifiedOn),
    responseDeadline: day(n.derived?.responseDeadline),
    finalOn: day(n.derived?.finalOn),
  }))
}
