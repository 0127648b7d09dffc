import os from 'os'
import path from 'path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { STAGE_OPTIONS } from '@/rules/cases/stages'
import { E2E_CLOCK_HEADER } from '@/utilities/todayFor'
import { addArrayRow, chooseOption, chooseRelationship, closeAdmin, field, launchBrowser, logInToAdmin, openCreate, openDocument, openTab, saveOk, typeDate } from './helpers/admin'
import { RestClient } from './helpers/api'

const EXECUTOR = 'ejecutor@demo.co'
const ADMIN = 'admin@demo.co'
const CAPITAL = 3_000_000
const DOWN_PAYMENT = 300_000
/** A bank guarantee well above the debt and its interest (R-GAR-02) and any goods already embargoed on the case (R-GAR-07). */
const GUARANTEE_VALUE = 100_000_000
/** Where the screenshots of the walk's end are left, to be looked at. */
const SHOTS = process.env.E2E_SCREENSHOTS_DIR ?? os.tmpdir()

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const stageLabel = (stage: string) => STAGE_OPTIONS.find((o) => o.value === stage)!.label
const day = (value: unknown) => String(value).slice(0, 10)
const dayAfter = (iso: string) => new Date(Date.parse(`${day(iso)}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** The admin queues the daily sweep for a date and runs it, as the server's 06:00 schedule would. */
const runSweep = async (admin: RestClient, asOf: string) => {
  const queue = `e2e-acuerdos-${Date.now()}`
  const { doc: job } = await admin.ok('POST', '/payload-jobs', { taskSlug: 'deadlineSweep', input: { asOf }, queue })
  await admin.ok('GET', `/payload-jobs/run?queue=${queue}&limit=1`)
  const done = await admin.ok('GET', `/payload-jobs/${job.id}?depth=0`)
  expect(done.hasError, JSON.stringify(done.error ?? done.log).slice(0, 500)).toBeFalsy()
  expect(done.completedAt, 'el barrido terminó').toBeTruthy()
}

/** The value a select field shows. */
const shownOption = (page: Page, path: string) => field(page, path).locator('.rs__single-value').textContent()

describe('R-AGR-11/12: the executor grants an agreement in coactive; it is missed, demanded and declared void in the admin', () => {
  it('R-AGR-12: granted with a perfected bank guarantee → case suspended → sweep demands the missed instalment → the void resolution signed → case in coactive, debtor on the BDME', async () => {
    const admin = await RestClient.login(ADMIN)
    const executorApi = await RestClient.login(EXECUTOR)
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Bogota' })

    // A demo case in coactive with no agreement, whose debtor may be granted one (not on the BDME).
    const { docs: coactive } = await admin.ok('GET', `/${SLUGS.cases}?depth=1&limit=100&sort=id&where[stage][equals]=COACTIVO`)
    let theCase: Record<string, any> | undefined
    for (const c of coactive) {
      // A request withdrawn or rejected does not count: the debt may be asked for again (R-AGR-04).
      const { totalDocs } = await admin.ok('GET', `/${SLUGS.agreements}?depth=0&limit=1&where[case][equals]=${c.id}&where[status][not_in]=RECHAZADO,DESISTIDO`)
      if (totalDocs === 0 && !c.debtor.reportedToBdme && c.debtor.insolvencyStatus === 'NINGUNO') {
        theCase = c
        break
      }
    }
    expect(theCase, 'la demo tiene un expediente en coactivo sin acuerdo').toBeDefined()
    const debtor = theCase!.debtor

    // 1. The executor records the written request on the case.
    const executor = await logInToAdmin(browser, EXECUTOR)
    await openCreate(executor, SLUGS.agreements)
    await chooseRelationship(executor, 'case', theCase!.title)
    await typeDate(executor, 'requestedOn', today)
    await field(executor, 'city').fill('Bogotá')
    await field(executor, 'requesterName').fill(debtor.displayName)
    await field(executor, 'requesterIdNumber').fill(debtor.idNumber)
    await field(executor, 'address').fill('Calle 26 # 68-35, Bogotá')
    await field(executor, 'phone').fill('6015550100')
    await field(executor, 'reasons').fill('Disminución temporal de ingresos; propone pagar en tres cuotas mensuales.')
    const obligation = await addArrayRow(executor, 'obligations')
    await field(executor, `${obligation}.period`).fill('2026-06')
    await field(executor, `${obligation}.concept`).fill('APORTES_EN_MORA')
    await field(executor, `${obligation}.capital`).fill(String(CAPITAL))
    await openTab(executor, 'Cuantía y plazo')
    await field(executor, 'downPayment').fill(String(DOWN_PAYMENT))
    await field(executor, 'termMonths').fill('3')
    await chooseOption(executor, 'guaranteeClass', 'Otra')
    const requested = await saveOk(executor, SLUGS.agreements)
    expect(requested).toMatchObject({ status: 'SOLICITADO', case: theCase!.id, debtor: debtor.id, total: CAPITAL })

    // 2. The debtor's bank guarantee, perfected, covering capital and the interest of the term (R-GAR-01/02/03).
    await openCreate(executor, SLUGS.guarantees)
    await chooseRelationship(executor, 'case', theCase!.title)
    await chooseRelationship(executor, 'owner', debtor.displayName)
    await chooseOption(executor, 'kind', 'Garantía bancaria o de corporación financiera')
    await chooseOption(executor, 'status', 'Perfeccionada')
    await field(executor, 'value').fill(String(GUARANTEE_VALUE))
    await field(executor, 'goodsDescription').fill('Garantía bancaria a primer requerimiento del Banco de Bogotá, que cubre la deuda y los bienes embargados.')
    await typeDate(executor, 'perfectedOn', today)
    const guarantee = await saveOk(executor, SLUGS.guarantees)
    expect(guarantee).toMatchObject({ status: 'PERFECCIONADA', kind: 'GARANTIA_BANCARIA', value: GUARANTEE_VALUE })

    // 3. Analysis, then approval by the executor officer (R-ROL-04 in coactive): the case is suspended.
    await openDocument(executor, SLUGS.agreements, requested.id)
    await chooseOption(executor, 'status', 'En análisis')
    expect((await saveOk(executor, SLUGS.agreements)).status).toBe('EN_ANALISIS')
    await chooseOption(executor, 'status', 'Aprobado / vigente')
    const granted = await saveOk(executor, SLUGS.agreements)
    expect(granted).toMatchObject({ status: 'APROBADO', approvedBy: expect.anything() })
    expect((await admin.ok('GET', `/${SLUGS.guarantees}/${guarantee.id}?depth=0`)).agreement, 'la garantía respalda el acuerdo').toBe(requested.id)
    expect((await admin.ok('GET', `/${SLUGS.cases}/${theCase!.id}?depth=0`)).stage).toBe('SUSPENDIDO')
    // The agreement's page shows its schedule in the panel "Estado del acuerdo" (R-AGR-08).
    await openDocument(executor, SLUGS.agreements, requested.id)
    const panel = executor.locator('.estado-acuerdo')
    await panel.getByRole('heading', { name: 'Plan de pagos (R-AGR-08)' }).waitFor()
    await executor.screenshot({ path: path.join(SHOTS, 'e2e-acuerdo-aprobado.png'), fullPage: true, caret: 'initial' })
    await openDocument(executor, SLUGS.cases, theCase!.id)
    await expect.poll(() => shownOption(executor, 'stage')).toBe(stageLabel('SUSPENDIDO'))

    // 4. The down payment is paid today; instalment 1 is missed.
    const { docs: instalments } = await admin.ok('GET', `/${SLUGS.agreementInstalments}?depth=0&sort=number&limit=0&where[agreement][equals]=${requested.id}`)
    expect(instalments.map((i: Record<string, any>) => i.number)).toEqual([0, 1, 2, 3])
    await executorApi.ok(
      'POST',
      `/${SLUGS.agreements}/${requested.id}/payments`,
      { mean: { kind: 'TRANSFERENCIA', paidOn: today, amount: DOWN_PAYMENT, bankAccount: 'BANCOLOMBIA 123-456789-01', bankBranch: '001' } },
      { 'Idempotency-Key': `e2e-abono-${requested.id}` },
    )

    // 5. The sweep of the day after instalment 1 fell due demands it (R-AGR-11): fifteen business days.
    const demandedOn = dayAfter(instalments[1].dueOn)
    await runSweep(admin, demandedOn)
    const demanded = await admin.ok('GET', `/${SLUGS.agreements}/${requested.id}?depth=0`)
    expect([demanded.status, day(demanded.demandOn)]).toEqual(['EN_REQUERIMIENTO', demandedOn])
    expect(day(demanded.demandDueOn) > demandedOn, `requerimiento hasta ${demanded.demandDueOn}`).toBe(true)
    expect(demanded.demandAct).toBeTruthy()

    // 6. The day after the demand's term, the sweep drafts the void resolution (R-AGR-12).
    const voidDay = dayAfter(demanded.demandDueOn)
    await runSweep(admin, voidDay)
    const drafted = await admin.ok('GET', `/${SLUGS.agreements}/${requested.id}?depth=0`)
    expect(drafted.status).toBe('EN_REQUERIMIENTO')
    expect(drafted.voidResolutionAct, 'resolución sin vigencia proyectada').toBeTruthy()

    // The walk reaches next year: the admin registers its SMMLV (R-COB-07 reads it when the case resumes in
    // coactive); the demo only has the years up to today's, so the last one stands in for it.
    const settings = await admin.ok('GET', `/globals/${SLUGS.settings}?depth=0`)
    const year = Number(voidDay.slice(0, 4))
    if (!settings.minimumWages.some((w: Record<string, any>) => w.year === year)) {
      const wages = settings.minimumWages.map(({ year, amount }: Record<string, any>) => ({ year, amount }))
      await admin.ok('POST', `/globals/${SLUGS.settings}?depth=0`, { minimumWages: [...wages, { year, amount: wages.at(-1).amount }] })
    }

    // 7. The executor opens the resolution and signs it, on that day (the e2e server's clock header).
    await executor.context().setExtraHTTPHeaders({ [E2E_CLOCK_HEADER]: voidDay })
    // A drafted act is not edited (no Guardar): its page offers "Firmar".
    await executor.goto(`${inject('baseUrl')}/admin/collections/${SLUGS.documents}/${drafted.voidResolutionAct}`)
    const sign = executor.getByRole('button', { name: 'Firmar', exact: true })
    await sign.waitFor()
    await executor.screenshot({ path: path.join(SHOTS, 'e2e-resolucion-por-firmar.png'), fullPage: true, caret: 'initial' })
    await sign.click()
    await executor.locator('.payload-toast-item.toast-success', { hasText: 'Acto firmado' }).waitFor()

    // 8. The agreement is void, the case back in coactive, the guarantee enforced, the debtor on the BDME.
    const voided = await admin.ok('GET', `/${SLUGS.agreements}/${requested.id}?depth=0`)
    expect([voided.status, day(voided.voidOn)]).toEqual(['SIN_VIGENCIA', voidDay])
    expect((await admin.ok('GET', `/${SLUGS.cases}/${theCase!.id}?depth=0`)).stage).toBe('COACTIVO')
    expect((await admin.ok('GET', `/${SLUGS.guarantees}/${guarantee.id}?depth=0`)).status).toBe('EN_EJECUCION')
    const { docs: reports } = await admin.ok('GET', `/${SLUGS.bdmeEntries}?depth=0&where[party][equals]=${debtor.id}`)
    expect(reports.map((r: Record<string, any>) => [r.open, day(r.reportedOn)])).toEqual([[true, voidDay]])

    await openDocument(executor, SLUGS.agreements, requested.id)
    await expect.poll(() => shownOption(executor, 'status')).toBe('Sin vigencia (incumplido)')
    await executor.screenshot({ path: path.join(SHOTS, 'e2e-acuerdo-sin-vigencia.png'), fullPage: true, caret: 'initial' })
    await openDocument(executor, SLUGS.cases, theCase!.id)
    await expect.poll(() => shownOption(executor, 'stage')).toBe(stageLabel('COACTIVO'))
    await executor.screenshot({ path: path.join(SHOTS, 'e2e-expediente-reanudado.png'), fullPage: true, caret: 'initial' })

    await executor.goto(`${inject('baseUrl')}/admin/collections/${SLUGS.bdmeEntries}`)
    const row = executor.locator('table tbody tr', { hasText: debtor.idNumber })
    await row.first().waitFor()
    expect(await row.count(), 'el deudor aparece una vez en el registro BDME').toBe(1)
    expect(await row.textContent()).toContain(debtor.displayName)
    await executor.screenshot({ path: path.join(SHOTS, 'e2e-registro-bdme.png'), fullPage: true, caret: 'initial' })
    await closeAdmin(executor)
  })
})
