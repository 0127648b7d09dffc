import { mkdirSync } from 'fs'
import os from 'os'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { bogotaDateOf } from '@/rules/calendar'
import { STAGE_OPTIONS, SUB_STATE_LABELS, type Stage, type SubState } from '@/rules/cases/stages'
import {
  addArrayRow,
  chooseOption,
  chooseRelationship,
  closeAdmin,
  field,
  launchBrowser,
  logInToAdmin,
  openCreate,
  openDocument,
  openTab,
  save,
  saveOk,
  typeDate,
} from './helpers/admin'
import { RestClient } from './helpers/api'

const USERS = {
  professional: 'profesional.bogota@demo.co',
  manager: 'gerente.bogota@demo.co',
  collectionsManager: 'gerente.recaudo@demo.co',
  executor: 'ejecutor@demo.co',
  firm: 'firma.andina@demo.co',
}

/** The admin acts today (REST cannot move the clock), so the facts are dated back from today. */
const today = bogotaDateOf(new Date())
const daysFromToday = (n: number) => {
  const d = new Date(`${today}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}
const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : value)
const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : null)

const stageLabel = (stage: Stage) => STAGE_OPTIONS.find((o) => o.value === stage)!.label

/** Sets Etapa (when it changes) and Estado in the header row of the case. */
const moveTo = async (page: Page, subState: SubState, stage?: Stage) => {
  if (stage) await chooseOption(page, 'stage', stageLabel(stage))
  await chooseOption(page, 'subState', SUB_STATE_LABELS[subState])
}

let browser: Browser
let api: Record<keyof typeof USERS, RestClient>
beforeAll(async () => {
  browser = await launchBrowser()
  api = {
    professional: await RestClient.login(USERS.professional),
    manager: await RestClient.login(USERS.manager),
    collectionsManager: await RestClient.login(USERS.collectionsManager),
    executor: await RestClient.login(USERS.executor),
    firm: await RestClient.login(USERS.firm),
  }
})
afterAll(async () => {
  await browser?.close()
})

describe('R-COB-01: a case walked in the admin by the competent users of branch BOG', () => {
  it('R-COB-01/02/03/04/05/06/08/10, R-ROL-03/05: persuasive → pre-legal (LCD signed by the branch manager, notified, final) → coactive → order to proceed', async () => {
    // A debtor of the professional's branch (Bogotá) assigned to the firm (firms see only
    // theirs), locatable, solvent and without a case yet, so the admin's search finds one case.
    const bogota = (await api.professional.ok('GET', '/users/me')).user.branch
    const { docs: candidates } = await api.firm.ok(
      'GET',
      `/${SLUGS.parties}?where[branch][equals]=${idOf(bogota)}&where[insolvencyStatus][equals]=NINGUNO&where[cannotBeLocated][equals]=false&limit=50&depth=0`,
    )
    let debtor: Record<string, any> | undefined
    // A person's name: the admin's search box splits company names at their dots ("S.A.S.").
    for (const candidate of candidates.filter((c: { displayName: string }) => /^[\p{L} ]+$/u.test(c.displayName))) {
      const { totalDocs } = await api.firm.ok('GET', `/${SLUGS.cases}?where[debtor][equals]=${candidate.id}&limit=0`)
      if (totalDocs === 0) {
        debtor = candidate
        break
      }
    }
    if (!debtor) throw new Error('la demo no tiene deudores de Cobranzas Andina sin expediente')
    const readCase = (id: number) => api.professional.ok('GET', `/${SLUGS.cases}/${id}?depth=0`)
    const userId = async (client: RestClient) => (await client.ok('GET', '/users/me')).user.id

    // Debt 150 days past due: over R-COB-07's 90 days, inside R-COB-03's six months for the LCD.
    const dueDate = daysFromToday(-150)

    // 1. The branch professional opens the case with one debt line.
    const professional = await logInToAdmin(browser, USERS.professional)
    await openCreate(professional, SLUGS.cases)
    await chooseRelationship(professional, 'debtor', debtor.displayName)
    const line = await addArrayRow(professional, 'debtLines')
    await professional.locator(`[name="${line}.period"]`).fill(dueDate.slice(0, 7))
    await chooseOption(professional, `${line}.concept`, 'Aportes en mora')
    await professional.locator(`[name="${line}.contributors"]`).fill('8')
    await professional.locator(`[name="${line}.capital"]`).fill('4800000')
    await typeDate(professional, `${line}.dueDate`, dueDate)
    const created = await saveOk(professional, SLUGS.cases)
    expect(created).toMatchObject({ stage: 'PERSUASIVO', subState: 'GESTION_PERSUASIVA', capitalTotal: 4_800_000, branch: debtor.branch })
    expect(day(created.oldestDueDate)).toBe(dueDate)
    expect(day(created.lcd.limitDate), 'R-COB-03: seis meses desde la fecha límite de pago').toBe(
      new Date(Date.UTC(+dueDate.slice(0, 4), +dueDate.slice(5, 7) - 1 + 6, +dueDate.slice(8, 10))).toISOString().slice(0, 10),
    )
    const caseId: number = created.id
    await professional.waitForURL(new RegExp(`/admin/collections/${SLUGS.cases}/${caseId}$`))

    // 2. R-COB-02: a persuasive action (author stamped) and the default notice, then "constituido en mora".
    await openTab(professional, 'Persuasivo')
    const action = await addArrayRow(professional, 'persuasiveActions')
    await chooseOption(professional, `${action}.channel`, 'Llamada telefónica')
    await typeDate(professional, `${action}.date`, daysFromToday(-140))
    await professional.locator(`[name="${action}.outcome"]`).fill('El contador promete revisar la deuda.')
    await typeDate(professional, 'defaultNotice.arisenOn', daysFromToday(-149))
    await typeDate(professional, 'defaultNotice.identifiedOn', daysFromToday(-145))
    await typeDate(professional, 'defaultNotice.sentOn', daysFromToday(-135))
    await moveTo(professional, 'CONSTITUIDO_EN_MORA')
    const inDefault = await saveOk(professional, SLUGS.cases)
    expect(inDefault.subState).toBe('CONSTITUIDO_EN_MORA')
    expect(inDefault.persuasiveActions[0].author).toBe(await userId(api.professional))
    expect(day(inDefault.defaultNotice.deadline), 'R-COB-02: plazo del aviso calculado').toBeTruthy()

    // 3. Pre-legal: the LCD is drafted with today's cut-off and liquidated (R-COB-03, R-INT-01).
    await openTab(professional, 'Prejurídico')
    await typeDate(professional, 'lcd.cutOffDate', today)
    await moveTo(professional, 'LCD_EN_PROYECTO', 'PREJURIDICO')
    const drafted = await saveOk(professional, SLUGS.cases)
    expect(drafted).toMatchObject({ stage: 'PREJURIDICO', subState: 'LCD_EN_PROYECTO' })
    expect(drafted.lcd.capital).toBe(4_800_000)
    expect(drafted.lcd.interest).toBeGreaterThan(0)
    expect(drafted.lcd.total).toBe(drafted.lcd.capital + drafted.lcd.interest)
    expect(drafted.lcd.draftedBy).toBe(await userId(api.professional))
    await closeAdmin(professional)

    // 4. R-ROL-03: the external firm may draft but not sign; the admin says why and saves nothing.
    const firm = await logInToAdmin(browser, USERS.firm)
    await openDocument(firm, SLUGS.cases, caseId)
    await moveTo(firm, 'LCD_FIRMADA')
    const refused = await save(firm, SLUGS.cases)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0]).toMatchObject({ data: { rule: 'R-ROL-03' }, message: expect.stringMatching(/^R-ROL-03: Una firma externa/) })
    // What the user reads: the whole refusal, commas included (hooks/showRuleRefusalWhole.ts).
    expect(refused.toast).toContain(refused.body.errors[0].message)
    await closeAdmin(firm)
    expect(await readCase(caseId)).toMatchObject({ subState: 'LCD_EN_PROYECTO', lcd: { signedBy: null, issuedOn: null } })

    // 5. The branch manager signs the LCD today, records its citation and puts it in notification.
    const manager = await logInToAdmin(browser, USERS.manager)
    await openDocument(manager, SLUGS.cases, caseId)
    await moveTo(manager, 'LCD_FIRMADA')
    const signed = await saveOk(manager, SLUGS.cases)
    expect(signed.subState).toBe('LCD_FIRMADA')
    expect(signed.lcd.signedBy).toBe(await userId(api.manager))
    expect(day(signed.lcd.issuedOn)).toBe(today)

    await openCreate(manager, SLUGS.notifications)
    await chooseRelationship(manager, 'case', debtor.idNumber)
    await chooseOption(manager, 'act', 'Liquidación Certificada de Deuda (LCD)')
    await chooseOption(manager, 'facts.citationChannel', 'Correo certificado a la dirección registrada')
    await manager.locator('[name="facts.citationAddress"]').fill('Calle 26 # 68-35, Bogotá')
    await typeDate(manager, 'facts.citationSentOn', daysFromToday(-75))
    await typeDate(manager, 'facts.citationReceivedOn', daysFromToday(-74))
    const citation = await saveOk(manager, SLUGS.notifications)
    expect(citation.facts.citationSignedBy).toBe(await userId(api.manager))
    expect(day(citation.derived.appearanceDeadline), 'R-COB-04: comparecer en 5 días hábiles').toBeTruthy()
    expect(day(citation.derived.noticeDueOn)! > day(citation.derived.appearanceDeadline)!).toBe(true)
    expect(citation.derived.notifiedOn).toBeNull()

    await openDocument(manager, SLUGS.cases, caseId)
    await moveTo(manager, 'EN_NOTIFICACION')
    expect((await saveOk(manager, SLUGS.cases)).subState).toBe('EN_NOTIFICACION')
    await closeAdmin(manager)

    // 6. The collections manager posts the notice (R-ROL-03); notification and finality follow (R-COB-04/05).
    const collectionsManager = await logInToAdmin(browser, USERS.collectionsManager)
    await openDocument(collectionsManager, SLUGS.notifications, citation.id)
    await typeDate(collectionsManager, 'facts.noticePostedOn', daysFromToday(-60))
    const noticed = await saveOk(collectionsManager, SLUGS.notifications)
    expect(noticed.facts.noticeSignedBy).toBe(await userId(api.collectionsManager))
    expect(noticed.derived.notifiedBy).toBe('AVISO')
    expect(day(noticed.derived.notifiedOn)! > day(noticed.derived.noticeTakeDownOn)!).toBe(true)
    expect(day(noticed.derived.finalOn)! > day(noticed.derived.responseDeadline)!).toBe(true)
    expect(day(noticed.derived.finalOn)! <= today).toBe(true)
    await closeAdmin(collectionsManager)
    // The case took the dates of its notification record.
    const notifiedCase = await readCase(caseId)
    expect(day(notifiedCase.lcd.notifiedOn)).toBe(day(noticed.derived.notifiedOn))
    expect(day(notifiedCase.lcd.finalOn)).toBe(day(noticed.derived.finalOn))

    // 7. The professional records notification and finality, the follow-up contact and the file.
    const professional2 = await logInToAdmin(browser, USERS.professional)
    await openDocument(professional2, SLUGS.cases, caseId)
    await moveTo(professional2, 'NOTIFICADA')
    expect((await saveOk(professional2, SLUGS.cases)).subState).toBe('NOTIFICADA')
    await moveTo(professional2, 'EN_FIRME')
    const final = await saveOk(professional2, SLUGS.cases)
    expect(final.subState).toBe('EN_FIRME')
    expect(day(final.followUp.firstContactDeadline), 'R-COB-06: 15 días desde la firmeza').toBeTruthy()

    await openTab(professional2, 'Prejurídico')
    await typeDate(professional2, 'followUp.firstContactOn', today)
    for (const item of ['persuasiveEvidence', 'debtDetailByPeriod', 'citationWithReceipt', 'originalLcd', 'noticeOriginal', 'notificationRecord']) {
      await field(professional2, `checklist.${item}`).check()
    }
    const fileComplete = await saveOk(professional2, SLUGS.cases)
    expect(fileComplete.checklist.missing, 'R-COB-08: expediente completo').toBeNull()
    expect(day(fileComplete.followUp.coactiveStartDeadline)).toBeTruthy()
    await closeAdmin(professional2)

    // 8. R-ROL-05: the executor officer opens the coactive stage with the payment order (R-COB-07/08/10).
    const executor = await logInToAdmin(browser, USERS.executor)
    await openDocument(executor, SLUGS.cases, caseId)
    await openTab(executor, 'Coactivo')
    await executor.locator('[name="paymentOrder.number"]').fill(`MP-${caseId}`)
    await moveTo(executor, 'MANDAMIENTO_LIBRADO', 'COACTIVO')
    const issued = await saveOk(executor, SLUGS.cases)
    expect(issued).toMatchObject({ stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO', paymentOrder: { number: `MP-${caseId}` } })
    expect(issued.paymentOrder.signedBy).toBe(await userId(api.executor))
    expect(day(issued.paymentOrder.issuedOn)).toBe(today)
    expect(issued.paymentOrder.amount).toBe(drafted.lcd.total)

    // The payment order notified by mail (R-COB-10): 15 business days to pay or propose exceptions.
    await openCreate(executor, SLUGS.notifications)
    await chooseRelationship(executor, 'case', debtor.idNumber)
    await chooseOption(executor, 'act', 'Mandamiento de pago')
    await chooseOption(executor, 'facts.citationChannel', 'Correo certificado a la dirección registrada')
    await typeDate(executor, 'facts.citationSentOn', daysFromToday(-50))
    await typeDate(executor, 'facts.mailDeliveredOn', daysFromToday(-35))
    const orderNotice = await saveOk(executor, SLUGS.notifications)
    expect(orderNotice.derived).toMatchObject({ notifiedBy: 'CORREO' })
    expect(day(orderNotice.derived.notifiedOn)).toBe(daysFromToday(-35))
    expect(day(orderNotice.derived.responseDeadline)! < today).toBe(true)

    await openDocument(executor, SLUGS.cases, caseId)
    await moveTo(executor, 'MANDAMIENTO_NOTIFICADO')
    const orderNotified = await saveOk(executor, SLUGS.cases)
    expect(orderNotified.subState).toBe('MANDAMIENTO_NOTIFICADO')
    expect(day(orderNotified.paymentOrder.notifiedOn)).toBe(day(orderNotice.derived.notifiedOn))
    expect(day(orderNotified.paymentOrder.responseDeadline)).toBe(day(orderNotice.derived.responseDeadline))

    // 9. No exceptions within the term: the order to proceed with execution.
    await moveTo(executor, 'ORDEN_DE_EJECUCION')
    expect((await saveOk(executor, SLUGS.cases)).subState).toBe('ORDEN_DE_EJECUCION')
    await executor.reload()
    await expect.poll(() => field(executor, 'subState').locator('.rs__single-value').textContent()).toBe(SUB_STATE_LABELS.ORDEN_DE_EJECUCION)
    await closeAdmin(executor)

    expect(await readCase(caseId)).toMatchObject({ stage: 'COACTIVO', subState: 'ORDEN_DE_EJECUCION' })
  })
})
