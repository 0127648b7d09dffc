import type { CaseSnapshot, NotificationSnapshot } from '@/rules/cases/caseDeadlines'
import { day } from '@/rules/calendar'
import { type MergedCase } from './mergeCaseData'

/** A (merged) case document as the pure deadline rules read it. */
export const caseSnapshot = (c: MergedCase, notifications: NotificationSnapshot[]): CaseSnapshot => ({
  stage: c.stage!,
  subState: c.subState!,
  oldestDueDate: day(c.oldestDueDate),
  defaultNotice: {
    arisenOn: day(c.defaultNotice?.arisenOn),
    identifiedOn: day(c.defaultNotice?.identifiedOn),
    sentOn: day(c.defaultNotice?.sentOn),
  },
  lcdIssuedOn: day(c.lcd?.issuedOn),
  titleFinalOn: day(c.lcd?.finalOn),
  firstContactOn: day(c.followUp?.firstContactOn),
  secondContactOn: day(c.followUp?.secondContactOn),
  paymentOrderIssuedOn: day(c.paymentOrder?.issuedOn),
  exceptions: (c.exceptions ?? []).map((e) => ({
    filedOn: day(e.filedOn),
    decidedOn: day(e.decidedOn),
    appealFiledOn: day(e.appealFiledOn),
    appealDecidedOn: day(e.appealDecidedOn),
  })),
  notifications,
})
