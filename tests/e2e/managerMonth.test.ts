import { mkdirSync } from 'fs'
import os from 'os'
import path from 'path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { bogotaDateOf } from '@/rules/calendar'
import { periodOf, previousPeriod } from '@/rules/indicators/period'
import { formatPesos } from '@/rules/money'
import { chooseOption, closeAdmin, field, launchBrowser, logInToAdmin, openCreate, poll, saveOk } from './helpers/admin'
import { RestClient } from './helpers/api'
import { expectNoSeriousA11yViolations } from './helpers/axe'

const USERS = {
  collectionsManager: 'gerente.recaudo@demo.co',
  branchManager: 'gerente.bogota@demo.co',
  firm: 'firma.andina@demo.co',
}
const FIRMS = { andina: 'Ricardo Salazar Beltrán', pacifico: 'Luz Adriana Caicedo Mosquera' }

/**
 * The demo as a new user meets it on the first days of a month (src/seed/indicators.ts): the month
 * just closed (November on 01/12/2026) not taken yet. The manager takes and publishes it; the firms
 * close it with their reports; this month's assignment is proposed.
 */
const thisMonth = periodOf(bogotaDateOf(new Date()))
const lastMonth = previousPeriod(thisMonth)
const pesos = (n: number) => `$ ${Math.round(n).toLocaleString('es-CO')}`

/**
 * Issue 14: the pages of the walk are looked at: each screenshot is kept in this directory. The caret
 * is left alone: hiding it writes an inline style into the focused input, which React then reports as a
 * hydration mismatch when the shot is taken before the page hydrates (Next's dev "1 issue" badge).
 */
const SHOTS = process.env.E2E_SCREENSHOTS ?? path.join(os.tmpdir(), 'e2e-manager-month')
mkdirSync(SHOTS, { recursive: true })
const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, caret: 'initial' })

/**
 * Looked at, and checked with axe-core. A page's violations are collected, not thrown, so one run
 * lists every page's: each test ends with `expectNoA11yFindings()`.
 */
let a11yFindings: string[] = []
const review = async (page: Page, name: string) => {
  await shoot(page, name)
  await expectNoSeriousA11yViolations(page, name).catch((error: { actual?: unknown; message: string }) =>
    a11yFindings.push(`${name}: ${JSON.stringify(error.actual ?? error.message)}`),
  )
}
const expectNoA11yFindings = () => {
  const found = a11yFindings
  a11yFindings = []
  expect(found).toEqual([])
}

/** expect.poll with room for `next dev` on a loaded machine (its default gives up after a second). */
const toastText = async (page: Page, kind: 'success' | 'error') => {
  const toast = page.locator(`.payload-toast-item.toast-${kind}`).last()
  await toast.waitFor()
  return (await toast.textContent()) ?? ''
}

let browser: Browser
let manager: RestClient
beforeAll(async () => {
  browser = await launchBrowser()
  manager = await RestClient.login(USERS.collectionsManager)
})
beforeEach(() => {
  a11yFindings = []
})
afterAll(async () => {
  await browser?.close()
})

describe('the collections manager\'s month in the browser (issue 14)', () => {
  it('the manager takes and publishes the month just closed\'s indicators; the Bogotá manager sees only Bogotá\'s figures', async () => {
    const page = await logInToAdmin(browser, USERS.collectionsManager)
    await review(page, '01-inicio-gerente-recaudo')

    await page.goto(`${inject('baseUrl')}/admin/indicadores`)
    await page.getByRole('button', { name: `Calcular corte ${lastMonth}` }).click()
    expect(await toastText(page, 'success')).toContain(`Corte ${lastMonth} calculado como borrador`)
    const publish = page.getByRole('link', { name: `Revisar y publicar el corte ${lastMonth}` })
    await publish.waitFor()
    await poll(() => page.locator('.indicadores-view__status').textContent()).toContain(`Corte ${lastMonth} · Borrador`)
    await page.locator('.indicadores-panel').first().waitFor()
    await review(page, '02-indicadores-borrador')

    // The link opens the snapshots' list filtered on the month: a list view of the admin.
    await publish.click()
    const row = page.locator('.table tbody tr', { hasText: lastMonth })
    await row.waitFor()
    await review(page, '03-cortes-lista')
    // The period's link opens the snapshot (its href, as a click before hydration may be lost).
    const href = await row.locator('a').first().getAttribute('href')
    await page.goto(new URL(href!, inject('baseUrl')).href)
    await page.locator('#action-save').waitFor()
    await chooseOption(page, 'status', 'Publicado')
    // The figures read as tables with Spanish headings and branch names, not as Payload's code
    // editor (Monaco, loaded from a CDN a locked-down network cannot reach: an empty box).
    // A long table (every branch, line and bucket) opens on demand, so the page is not all rows.
    const portfolioFigures = field(page, 'portfolio')
    await poll(() => portfolioFigures.locator('details > summary').first().textContent()).toMatch(/\(\d+ filas\)$/)
    await portfolioFigures.locator('details > summary').first().click()
    await portfolioFigures.locator('th', { hasText: 'Sucursal' }).first().waitFor()
    await poll(() => portfolioFigures.locator('tbody').textContent()).toContain('Bogotá')
    expect(await page.locator('.code-editor').count()).toBe(0)
    await review(page, '04-corte-edicion')
    const published = await saveOk(page, SLUGS.indicatorSnapshots)
    expect(published).toMatchObject({ period: lastMonth, status: 'PUBLICADO' })
    await closeAdmin(page)

    // What each branch has in arrears in the published month, from the whole portfolio's rows.
    const { docs: branches } = await manager.ok('GET', `/${SLUGS.branches}?depth=0&limit=10`)
    const branchId = (code: string) => branches.find((b: { code: string }) => b.code === code).id
    const { docs } = await manager.ok('GET', `/${SLUGS.indicatorSnapshots}?where[period][equals]=${lastMonth}&depth=0`)
    const portfolio = docs[0].portfolio as { branch: number; amount: number }[]
    const totalOf = (branch: number) => portfolio.filter((r) => r.branch === branch).reduce((t, r) => t + r.amount, 0)
    const bogota = totalOf(branchId('BOG'))
    const medellin = totalOf(branchId('MED'))
    expect(bogota, 'Bogotá tiene cartera en mora en el corte').toBeGreaterThan(0)
    expect(medellin, 'Medellín tiene cartera en mora en el corte').toBeGreaterThan(0)

    const branchPage = await logInToAdmin(browser, USERS.branchManager)
    await branchPage.goto(`${inject('baseUrl')}/admin/indicadores`)
    await poll(() => branchPage.locator('.indicadores-view__status').textContent()).toContain(`Corte ${lastMonth} · Publicado`)
    // No calculate button, no branch filter: the branch manager reviews what is published.
    expect(await branchPage.getByRole('button', { name: /Calcular corte/ }).count()).toBe(0)
    expect(await branchPage.locator('#field-branch').count()).toBe(0)
    const evolution = branchPage.locator('#evolucion-title').locator('xpath=..').locator('tbody tr', { hasText: lastMonth })
    const cells = await evolution.locator('td').allTextContents()
    // Total is the next to last column: Bogotá's, not Medellín's, not both.
    expect(cells.at(-2)).toBe(pesos(bogota))
    expect(cells).not.toContain(pesos(medellin))
    expect(cells).not.toContain(pesos(bogota + medellin))
    await branchPage.locator('.recharts-surface').first().waitFor()
    await review(branchPage, '05-indicadores-sucursal-bogota')
    await closeAdmin(branchPage)
    expectNoA11yFindings()
  })

  it('the manager proposes the month\'s assignment, leaves one debtor out, confirms, and the debtor shows its firm', async () => {
    const page = await logInToAdmin(browser, USERS.collectionsManager)

    // The firms that receive work are part of the rules the manager keeps.
    await page.goto(`${inject('baseUrl')}/admin/globals/${SLUGS.assignmentRules}`)
    await page.locator('#action-save').waitFor()
    // The demo's rules (src/seed/demoAssignment.ts) name both firms, by name.
    const firms = field(page, 'firms')
    for (const name of [FIRMS.andina, FIRMS.pacifico]) await poll(() => firms.textContent()).toContain(name)
    await review(page, '06-reglas-asignacion')

    await page.goto(`${inject('baseUrl')}/admin/collections/${SLUGS.assignmentBatches}`)
    const propose = page.getByRole('button', { name: `Proponer asignación ${thisMonth}` })
    await propose.waitFor()
    await review(page, '07-lotes-lista')
    await propose.click()
    expect(await toastText(page, 'success')).toMatch(new RegExp(`Propuesta ${thisMonth}: [1-9]\\d* deudores`))
    await page.waitForURL(new RegExp(`/collections/${SLUGS.assignmentBatches}/\\d+$`))
    const batchId = Number(new URL(page.url()).pathname.split('/').at(-1))
    await page.locator('#action-save').waitFor()
    const stored = await manager.ok('GET', `/${SLUGS.assignmentBatches}/${batchId}?depth=0`)
    expect(stored.rows.length).toBeGreaterThan(0)
    type Row = { debtor: number; debtorName: string; branch: number | null; proposedFirm: number; firm: number; value: number }
    const rows = stored.rows as Row[]
    const [removed, kept] = rows
    expect(kept, 'la propuesta tiene al menos dos filas').toBeTruthy()
    const { docs: firmUsers } = await manager.ok('GET', `/${SLUGS.users}?where[role][equals]=firma_externa&depth=0&limit=10`)
    const nameOf = (id: number) => firmUsers.find((u: { id: number }) => u.id === id).name as string
    const { docs: branches } = await manager.ok('GET', `/${SLUGS.branches}?depth=0&limit=100`)
    const branchName = (id: number) => branches.find((b: { id: number }) => b.id === id).name as string

    // Every row shows the debtor's, its branch's and the firms' names, never an id or an empty picker.
    const shown = (path: string) => field(page, path).locator('.rs__single-value').textContent()
    for (const [i, row] of rows.entries()) {
      await poll(() => field(page, `rows.${i}.debtorName`).inputValue()).toBe(row.debtorName)
      if (row.branch !== null) await poll(() => shown(`rows.${i}.branch`)).toContain(branchName(row.branch))
      await poll(() => shown(`rows.${i}.proposedFirm`)).toContain(nameOf(row.proposedFirm))
      await poll(() => shown(`rows.${i}.firm`)).toContain(nameOf(row.firm))
    }
    // Its read-only amount in pesos as people read them.
    await poll(() => field(page, 'rows.0.value').inputValue()).toBe(formatPesos(removed!.value))
    await review(page, '08-lote-propuesta')

    // The manager leaves the first debtor out of this month's assignment, saves, and confirms the rest.
    await field(page, 'rows').locator('.array-field__row').first().locator('.array-actions__button').click()
    await page.locator('.array-actions__remove').first().click()
    await poll(() => field(page, 'rows.0.debtorName').inputValue()).toBe(kept!.debtorName)
    const saved = await saveOk(page, SLUGS.assignmentBatches)
    expect(saved.rows.map((r: Row) => r.debtor)).toEqual(stored.rows.slice(1).map((r: Row) => r.debtor))

    await page.locator('#field-confirmReason').fill(`Asignación mensual ${thisMonth}`)
    const confirmed = page.waitForResponse((r) => r.url().endsWith(`/${SLUGS.assignmentBatches}/${batchId}/confirm`))
    await page.getByRole('button', { name: 'Confirmar asignación' }).click()
    expect((await confirmed).status()).toBe(200)
    expect(await toastText(page, 'success')).toContain('Asignación confirmada')
    await poll(async () => (await manager.ok('GET', `/${SLUGS.assignmentBatches}/${batchId}?depth=0`)).status).toBe('CONFIRMADA')

    // The kept debtor's record names its firm…
    await page.goto(`${inject('baseUrl')}/admin/collections/${SLUGS.parties}/${kept!.debtor}`)
    await page.locator('#action-save').waitFor()
    await poll(() => field(page, 'assignedFirm').textContent()).toContain(nameOf(kept!.firm))
    await review(page, '09-deudor-firma-asignada')
    // …and so do its open cases; the debtor left out still has no firm.
    const { docs: cases } = await manager.ok('GET', `/${SLUGS.cases}?where[debtor][equals]=${kept!.debtor}&depth=0&limit=10`)
    expect(cases.length).toBeGreaterThan(0)
    expect(cases.map((c: { assignedFirm: number }) => c.assignedFirm)).toEqual(cases.map(() => kept!.firm))
    expect((await manager.ok('GET', `/${SLUGS.parties}/${removed!.debtor}?depth=0`)).assignedFirm ?? null).toBeNull()
    await closeAdmin(page)
    expectNoA11yFindings()
  })

  it(`a firm generates its closing report for ${lastMonth} and downloads its PDF and Excel`, async () => {
    const page = await logInToAdmin(browser, USERS.firm)
    await openCreate(page, SLUGS.managementReports)
    await field(page, 'period').fill(lastMonth)
    await chooseOption(page, 'kind', 'Informe de cierre del mes (firma)')
    // A new report is headed as one; the files the server stores offer no upload buttons.
    await poll(() => page.locator('h1').first().textContent()).toBe('Informe nuevo')
    const uploadButtons = page.getByRole('button', { name: /Crear nuevo|Elegir existente/ })
    expect(await uploadButtons.count()).toBe(0)
    await review(page, '10-informe-nuevo')
    const report = await saveOk(page, SLUGS.managementReports)
    expect(report).toMatchObject({ period: lastMonth, kind: 'CIERRE_MENSUAL' })
    // The firm reads its report (the collections manager reviews it: no save button for the firm).
    await page.waitForURL(new RegExp(`/collections/${SLUGS.managementReports}/${report.id}$`))

    // The stored files as the edit view links them, downloaded with the firm's session.
    for (const [name, type] of [
      ['pdf', 'application/pdf'],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ] as const) {
      const link = field(page, name).locator('a[href*="/file/"]').first()
      await link.waitFor()
      const response = await page.request.get(new URL((await link.getAttribute('href'))!, inject('baseUrl')).href)
      expect(response.status(), name).toBe(200)
      expect(response.headers()['content-type'], name).toContain(type)
      const body = await response.body()
      expect(body.subarray(0, 4).toString('latin1'), name).toBe(name === 'pdf' ? '%PDF' : 'PK\u0003\u0004')
    }
    // Its figures as tables; still no upload button for the firm.
    await field(page, 'figures').locator('th', { hasText: 'Concepto' }).first().waitFor()
    expect(await page.locator('.code-editor').count()).toBe(0)
    expect(await uploadButtons.count()).toBe(0)
    await review(page, '11-informe-cierre')
    await closeAdmin(page)
    expectNoA11yFindings()
  })
})
