import type { CollectionBeforeChangeHook } from 'payload'

import { actingRole } from '@/cases/actingRole'
import { day } from '@/rules/calendar'
import { SLUGS } from '@/constants/slugs'
import type { Notification } from '@/payload-types'
import { assertCollectionMayProceed } from '@/rules/cases/caseTransition'
import { assertNotificationRecord } from '@/rules/cases/notificationRecord'
import { isInsolvent } from '@/rules/parties/insolvency'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

type Facts = NonNullable<Notification['facts']>

/**
 * Who may record what and when (R-ROL-03, R-ROL-05, R-NOT-01, R-COB-04: `assertNotificationRecord`),
 * and nothing moves while the debtor is insolvent (R-COB-09). The signer of the citation and the
 * notice is stamped from the acting user.
 */
export const enforceNotificationRules: CollectionBeforeChangeHook<Notification> = async ({ data, originalDoc, req }) => {
  if (req.context.deadlinesOnly) return data
  const facts: Facts = { ...(originalDoc?.facts ?? {}), ...(data.facts ?? {}) }
  const act = (data.act ?? originalDoc?.act)!
  const theCase = await req.payload.findByID({
    collection: SLUGS.cases,
    id: idOf(data.case ?? originalDoc?.case)!,
    depth: 0,
    select: { stage: true, subState: true, debtor: true },
    overrideAccess: true,
    req,
  })
  const debtor = await req.payload.findByID({
    collection: SLUGS.parties,
    id: idOf(theCase.debtor)!,
    depth: 0,
    select: { insolvencyStatus: true },
    overrideAccess: true,
    req,
  })
  const newlySet = (field: 'citationSentOn' | 'noticePostedOn') => Boolean(facts[field]) && day(facts[field]) !== day(originalDoc?.facts?.[field])

  enforceRule(() => {
    assertCollectionMayProceed({
      debtorInsolvent: isInsolvent(debtor.insolvencyStatus),
      stage: theCase.stage,
    })
    assertNotificationRecord({
      storedAct: originalDoc?.act ?? null,
      act,
      starting: !originalDoc,
      caseSubState: theCase.subState,
      role: actingRole(req),
      signsCitation: newlySet('citationSentOn'),
      postsNotice: newlySet('noticePostedOn'),
    })
  })

  data.facts = {
    ...facts,
    citationSignedBy: newlySet('citationSentOn') ? (req.user?.id ?? null) : (originalDoc?.facts?.citationSignedBy ?? null),
    noticeSignedBy: newlySet('noticePostedOn') ? (req.user?.id ?? null) : (originalDoc?.facts?.noticeSignedBy ?? null),
  }
  return data
}
