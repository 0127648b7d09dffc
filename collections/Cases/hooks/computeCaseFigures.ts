import type { CollectionBeforeChangeHook } from 'payload'

import { caseSnapshot } from '../../../src/cases/caseSnapshot'
import { loadCaseNotifications } from '../../../src/cases/loadCaseNotifications'
import { day, mergeCaseData, storeDay } from '../../../src/cases/mergeCaseData'
import { openDeadlines, flagDeadline } from '../../../src/rules/cases/caseDeadlines'
import { auctionTerms } from '../../../src/rules/cases/auction'
import { missingChecklistItems } from '../../../src/rules/cases/coactiveChecklist'
import { followUpSchedule } from '../../../src/rules/cases/followUpContacts'
import { liquidateDebt } from '../../../src/rules/cases/interest'
import { lcdDeadline } from '../../../src/rules/cases/lcdDeadline'
import { defaultNoticeDeadline } from '../../../src/rules/cases/persuasiveNotices'
import { loadLegalSettings } from '../../../src/settings/legalSettings'
import { enforceRule } from '../../../src/utilities/enforceRule'
import { todayFor } from '../../../src/utilities/todayFor'

/**
 * Everything on a case that follows from its facts, recomputed on every save: totals, the LCD
 * liquidation (R-INT-01, frozen once signed), dates taken from its notification records,
 * follow-up terms (R-COB-06), what the coactive checklist lacks (R-COB-08), and the next legal
 * deadline the worklist sorts by.
 */
export const computeCaseFigures: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const c = mergeCaseData(data, originalDoc)
  const today = todayFor(req)
  const lines: { capital: number; dueDate: string; concept: string }[] = (c.debtLines ?? []).map((l: any) => ({
    capital: l.capital,
    dueDate: day(l.dueDate)!,
    concept: l.concept,
  }))
  const oldest = lines.map((l) => l.dueDate).filter(Boolean).sort()[0] ?? null
  data.capitalTotal = lines.reduce((sum, l) => sum + (l.capital ?? 0), 0)
  data.oldestDueDate = storeDay(oldest)
  data.isRecovery = lines.some((l) => l.concept === 'RECOBRO')

  const dn = c.defaultNotice
  data.defaultNotice = {
    ...dn,
    deadline:
      day(dn.arisenOn) && day(dn.identifiedOn)
        ? storeDay(defaultNoticeDeadline({ arisenOn: day(dn.arisenOn)!, identifiedOn: day(dn.identifiedOn)! }))
        : null,
  }

  const lcd = { ...c.lcd, limitDate: oldest ? storeDay(lcdDeadline(oldest)) : null }
  const signed = Boolean(originalDoc?.lcd?.signedBy) || Boolean(originalDoc?.lcd?.issuedOn)
  if (signed) {
    lcd.capital = originalDoc?.lcd?.capital ?? null
    lcd.interest = originalDoc?.lcd?.interest ?? null
    lcd.total = originalDoc?.lcd?.total ?? null
  } else if (day(lcd.cutOffDate) && lines.length > 0) {
    const settings = await loadLegalSettings(req)
    const liquidation = enforceRule(() =>
      liquidateDebt({ lines, cutOffDate: day(lcd.cutOffDate)!, rates: settings.moratoriumRates }),
    )
    lcd.capital = liquidation.capital
    lcd.interest = liquidation.interest
    lcd.total = liquidation.total
  } else {
    lcd.capital = null
    lcd.interest = null
    lcd.total = null
  }

  const notifications = await loadCaseNotifications(req, originalDoc?.id)
  const lcdNotice = notifications.filter((n) => n.act === 'LCD').at(-1)
  lcd.notifiedOn = storeDay(lcdNotice?.notifiedOn)
  lcd.finalOn = storeDay(lcdNotice?.finalOn)
  data.lcd = lcd

  const orderNotice = notifications.filter((n) => n.act === 'MANDAMIENTO_DE_PAGO').at(-1)
  data.paymentOrder = {
    ...c.paymentOrder,
    ...data.paymentOrder,
    amount: data.paymentOrder?.issuedOn ? (originalDoc?.paymentOrder?.amount ?? lcd.total ?? data.capitalTotal) : null,
    notifiedOn: storeDay(orderNotice?.notifiedOn),
    responseDeadline: storeDay(orderNotice?.responseDeadline),
  }

  const finalOn = day(lcd.finalOn)
  const schedule = finalOn ? followUpSchedule({ finalOn, firstContactOn: day(c.followUp.firstContactOn) }) : null
  data.followUp = {
    ...c.followUp,
    firstContactDeadline: storeDay(schedule?.firstContactDeadline),
    secondContactDeadline: storeDay(schedule?.secondContactDeadline),
    coactiveStartDeadline: storeDay(schedule?.coactiveStartDeadline),
  }

  const missing = missingChecklistItems(c.checklist, {
    isRecovery: data.isRecovery,
    notifiedByNotice: Boolean(lcdNotice?.noticePostedOn),
    appealFiled: Boolean(lcdNotice?.appealFiledOn),
  })
  data.checklist = { ...c.checklist, missing: missing.length > 0 ? missing.join('\n') : null }

  // R-COB-16: the auction's figures and terms follow from the appraisal and its dates.
  const auction = c.auction ?? {}
  const auctionOn = day(auction.auctionOn)
  const announcedOn = day(auction.announcedOn)
  const terms =
    auction.appraisal && auctionOn && announcedOn
      ? enforceRule(() => auctionTerms({ appraisal: auction.appraisal, auctionOn, announcedOn }))
      : null
  data.auction = {
    ...auction,
    baseBid: terms?.baseBid ?? null,
    deposit: terms?.deposit ?? null,
    balanceDueBy: storeDay(terms?.balanceDueBy),
    approvalDueBy: storeDay(terms?.approvalDueBy),
  }

  const next = openDeadlines(caseSnapshot({ ...c, ...data }, notifications), today)[0]
  data.nextDeadline = storeDay(next?.date)
  data.nextDeadlineLabel = next?.label ?? null
  data.deadlineFlag = next ? flagDeadline(next.date, today) : null
  return data
}
