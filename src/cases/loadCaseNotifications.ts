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
  return docs.map(notificationSnapshotOf)
}

/**
 * The notification records of many cases at once (a page of the daily sweep), per case id, each
 * list oldest first: what `loadCaseNotifications` returns for each of them, in one query.
 */
export const loadNotificationsOfCases = async (req: PayloadRequest, caseIds: number[]): Promise<Map<number, NotificationSnapshot[]>> => {
  const byCase = new Map<number, NotificationSnapshot[]>(caseIds.map((id) => [id, []]))
  if (caseIds.length === 0) return byCase
  const { docs } = await req.payload.find({
    collection: SLUGS.notifications,
    where: { case: { in: caseIds } },
    sort: ['createdAt', 'id'],
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { case: true, act: true, facts: true, derived: true },
    req,
  })
  for (const n of docs as any[]) byCase.get(Number(n.case))?.push(notificationSnapshotOf(n))
  return byCase
}

const notificationSnapshotOf = (n: any): NotificationSnapshot => ({
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
})
