import type { PayloadRequest } from 'payload'

import { ROLE_OPTIONS } from '@/auth/roles'
import { day } from '@/rules/calendar'
import { SLUGS } from '@/constants/slugs'
import type { Case, Notification, User } from '@/payload-types'
import { ACT_KINDS, isAgreementAct, isCoactiveAct, type ActKind } from '@/rules/acts/actKinds'
import { STAGES } from '@/rules/cases/stages'
import { liquidateForLcd } from '@/rules/acts/lcdLiquidation'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { idOf } from '@/utilities/idOf'
import type { ActData, ActTitle } from './actData'
import type { Letterhead } from './actDocument'
import { findCaseAgreement, loadAgreementActData } from './agreementActData'

/** The notification record that carries each act (R-NOT-01); citations and notices notify the stage's main act. */
export const notifiedActOf = (kind: ActKind, stage: string): string | null => {
  if (kind === ACT_KINDS.lcd) return 'LCD'
  if (kind === ACT_KINDS.paymentOrder) return 'MANDAMIENTO_DE_PAGO'
  if (kind === ACT_KINDS.exceptionsDecision || kind === ACT_KINDS.appealDecision) return kind
  if (kind === ACT_KINDS.citation || kind === ACT_KINDS.notice) return stage === 'COACTIVO' ? 'MANDAMIENTO_DE_PAGO' : 'LCD'
  return null
}

/** The latest notification record of the case for that act, if any. */
export const findActNotification = async (req: PayloadRequest, caseId: number, act: string | null): Promise<Notification | null> => {
  if (!act) return null
  const { docs } = await req.payload.find({
    collection: SLUGS.notifications,
    where: { and: [{ case: { equals: caseId } }, { act: { equals: act } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as Notification | undefined) ?? null
}

const loadLetterhead = async (req: PayloadRequest, branchId: unknown) => {
  const settings = await req.payload.findGlobal({ slug: SLUGS.settings, depth: 0, overrideAccess: true, req })
  const branch = await req.payload.findByID({ collection: SLUGS.branches, id: idOf(branchId) as number, depth: 0, overrideAccess: true, req })
  const insurerName = settings.insurer?.name ?? ''
  const letterhead: Letterhead = {
    insurerName,
    insurerNit: settings.insurer?.nit ?? '',
    branchName: branch.name,
    branchAddress: branch.address ?? '',
    branchCity: branch.city,
    branchPhone: branch.phone ?? '',
    branchEmail: branch.email ?? '',
  }
  const account = settings.collectionAccount
  const bankAccount = {
    bank: account?.bank ?? '(banco sin registrar en Parámetros)',
    accountType: account?.accountType ?? 'Cuenta corriente',
    number: account?.number ?? '(sin registrar)',
    holder: account?.holder ?? insurerName,
  }
  return { letterhead, bankAccount }
}

/** R-COB-10: the payment order covers this case's title and the other final titles of the same debtor. */
const loadTitles = async (req: PayloadRequest, theCase: Case): Promise<ActTitle[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.cases,
    where: { and: [{ debtor: { equals: idOf(theCase.debtor) } }, { id: { not_equals: theCase.id } }, { subState: { equals: 'EN_FIRME' } }] },
    select: { title: true, lcd: true },
    sort: 'id',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return [theCase, ...(docs as Case[])].map((c) => ({
    caseTitle: c.title ?? String(c.id),
    issuedOn: day(c.lcd?.issuedOn),
    finalOn: day(c.lcd?.finalOn),
    capital: c.lcd?.capital ?? 0,
    interest: c.lcd?.interest ?? 0,
    total: c.lcd?.total ?? 0,
  }))
}

const roleLabel = (role: string) => ROLE_OPTIONS.find((r) => r.value === role)?.label ?? role

/** Where a case works: a suspended (or insolvent) case counts in the stage it stopped in (R-ROL-04). */
export const workingStageOf = (theCase: Pick<Case, 'stage' | 'pausedAt'>): string =>
  theCase.stage === STAGES.suspended || theCase.stage === STAGES.insolvency ? (theCase.pausedAt?.stage ?? theCase.stage) : theCase.stage

/** The office that signs an act: R-ROL-04 for an agreement's acts (by the stage the case stopped in), else R-ROL-03/05. */
const signingOffice = (kind: ActKind, theCase: Pick<Case, 'stage' | 'pausedAt'>): string => {
  if (isAgreementAct(kind)) return workingStageOf(theCase) === STAGES.coactive ? 'Funcionario Ejecutor' : 'Gerente de Sucursal'
  return isCoactiveAct(kind, theCase.stage) ? 'Funcionario Ejecutor' : 'Gerente de Sucursal'
}

/**
 * Loads what an act says from the case (R-COB-17: the act is a function of the case file): the
 * case, its debtor, the branch's letterhead and the settings' bank account, the LCD liquidated by
 * month (R-INT-01), the other titles of the debtor and the notification record. With `signer`,
 * the signature block carries that user's name; otherwise the office that must sign.
 */
export const loadActData = async (
  req: PayloadRequest,
  input: { caseId: number; kind: ActKind; date: string; signer?: Pick<User, 'name' | 'role'> | null; agreementId?: number },
): Promise<ActData> => {
  const theCase = (await req.payload.findByID({ collection: SLUGS.cases, id: input.caseId, depth: 0, overrideAccess: true, req })) as Case
  const debtor = await req.payload.findByID({ collection: SLUGS.parties, id: idOf(theCase.debtor) as number, depth: 0, overrideAccess: true, req })
  const { letterhead, bankAccount } = await loadLetterhead(req, theCase.branch)
  const { moratoriumRates } = await loadLegalSettings(req)
  const cutOffDate = day(theCase.lcd?.cutOffDate)
  const lines = (theCase.debtLines ?? []).map((l) => ({
    period: l.period,
    concept: l.concept,
    contributors: l.contributors ?? null,
    capital: l.capital,
    dueDate: day(l.dueDate)!,
  }))
  const liquidation = cutOffDate ? liquidateForLcd({ lines, cutOffDate, rates: moratoriumRates }) : null
  const address = debtor.addresses?.find((a) => a.isNotificationAddress) ?? debtor.addresses?.[0]
  const notification = await findActNotification(req, theCase.id, notifiedActOf(input.kind, theCase.stage))
  const stage = theCase.stage
  const agreement = isAgreementAct(input.kind)
    ? await loadAgreementActData(req, {
        agreement: input.agreementId
          ? await req.payload.findByID({ collection: SLUGS.agreements, id: input.agreementId, depth: 0, overrideAccess: true, req })
          : await findCaseAgreement(req, theCase.id),
        date: input.date,
        rates: moratoriumRates,
        workingStage: workingStageOf(theCase),
      })
    : null
  return {
    kind: input.kind,
    date: input.date,
    letterhead,
    bankAccount,
    caseTitle: theCase.title ?? String(theCase.id),
    stage,
    debtor: {
      name: debtor.displayName ?? debtor.businessName ?? [debtor.firstName, debtor.lastName].filter(Boolean).join(' '),
      idType: debtor.idType,
      idNumber: debtor.idNumber,
      address: address?.address ?? null,
      city: address?.city ?? null,
      email: debtor.emails?.find((e) => e.authorizedForNotices)?.email ?? debtor.emails?.[0]?.email ?? null,
    },
    debt: { lines, capital: lines.reduce((sum, l) => sum + l.capital, 0) },
    lcd: liquidation && cutOffDate
      ? { ...liquidation, cutOffDate, issuedOn: day(theCase.lcd?.issuedOn), notifiedOn: day(theCase.lcd?.notifiedOn), finalOn: day(theCase.lcd?.finalOn) }
      : null,
    titles: await loadTitles(req, theCase),
    paymentOrder: {
      number: theCase.paymentOrder?.number ?? null,
      issuedOn: day(theCase.paymentOrder?.issuedOn),
      amount: theCase.paymentOrder?.amount ?? null,
      notifiedOn: day(theCase.paymentOrder?.notifiedOn),
      responseDeadline: day(theCase.paymentOrder?.responseDeadline),
    },
    notification: notification && {
      act: notification.act,
      citationSentOn: day(notification.facts?.citationSentOn),
      appearanceDeadline: day(notification.derived?.appearanceDeadline),
      noticeTakeDownOn: day(notification.derived?.noticeTakeDownOn),
      notifiedOn: day(notification.derived?.notifiedOn),
    },
    exceptions: (theCase.exceptions ?? []).map((e) => ({
      ground: e.ground,
      filedOn: day(e.filedOn)!,
      decision: e.decision ?? null,
      decidedOn: day(e.decidedOn),
      appealFiledOn: day(e.appealFiledOn),
      appealDecidedOn: day(e.appealDecidedOn),
    })),
    auction: {
      appraisal: theCase.auction?.appraisal ?? null,
      announcedOn: day(theCase.auction?.announcedOn),
      auctionOn: day(theCase.auction?.auctionOn),
      baseBid: theCase.auction?.baseBid ?? null,
      deposit: theCase.auction?.deposit ?? null,
      balanceDueBy: day(theCase.auction?.balanceDueBy),
    },
    defaultNotice: { arisenOn: day(theCase.defaultNotice?.arisenOn), identifiedOn: day(theCase.defaultNotice?.identifiedOn) },
    agreement,
    signer: {
      name: input.signer?.name ?? null,
      office: input.signer ? roleLabel(input.signer.role) : signingOffice(input.kind, theCase),
      signedOn: input.signer ? input.date : null,
    },
  }
}
