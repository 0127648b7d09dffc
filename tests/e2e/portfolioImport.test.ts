import { mkdirSync } from 'fs'
import os from 'os'
import path from 'path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { IMPORTS_QUEUE } from '@/imports/importPortfolioTask'
import { chooseOption, closeAdmin, launchBrowser, logInToAdmin, openCreate, poll, saveOk } from './helpers/admin'
import { RestClient } from './helpers/api'
import { expectNoSeriousA11yViolations } from './helpers/axe'

const ADMIN = 'admin@demo.co'

/** The pages of the walk are looked at: each screenshot is kept in this directory. */
const SHOTS = process.env.E2E_SCREENSHOTS ?? path.join(os.tmpdir(), 'e2e-portfolio-import')
mkdirSync(SHOTS, { recursive: true })
const review = async (page: Page, name: string) => {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, caret: 'initial' })
  await expectNoSeriousA11yViolations(page, name)
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Fresh ID numbers for this run: the e2e database is shared by every walk and kept between tests. */
const stamp = Date.now() % 10_000_000
const GOOD = [`3${stamp}1`, `3${stamp}2`]
const HEADER = 'TIPO_DOC;NUM_DOC;DV;NOMBRES;APELLIDOS;RAZON_SOCIAL;SUCURSAL'
const goodRows = [`CC;${GOOD[0]};;Marta Lucía;Gómez Ruiz;;BOG`, `CC;${GOOD[1]};;Jorge;Pineda;;MED`]
// Lines 3, 5 and 6 of the file (the header is line 1): a NIT with the wrong check digit, an unknown
// branch, an unknown type of ID.
const badFile = [HEADER, goodRows[0], 'NIT;900123456;7;;;Distribuciones El Llano S.A.S.;BOG', goodRows[1], `CC;3${stamp}3;;Ana;Lozano;;ZZZ`, `XX;3${stamp}4;;Luis;Mora;;BOG`].join('\n')
const goodFile = [HEADER, ...goodRows].join('\n')

/** Uploads a parties file through the create view, as an administrator would; returns the import saved. */
const uploadParties = async (page: Page, name: string, content: string) => {
  await openCreate(page, SLUGS.portfolioImports)
  await poll(() => page.locator('h1').first().textContent()).toBe('Carga nueva')
  await chooseOption(page, 'kind', 'Terceros')
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') })
  const saved = await saveOk(page, SLUGS.portfolioImports)
  await page.waitForURL(`**/admin/collections/${SLUGS.portfolioImports}/${saved.id}`)
  return saved
}

/** The job worker's turn (the e2e server runs no jobs by itself): the queue's pending loads run now. */
const runImports = (admin: RestClient) => admin.ok('GET', `/payload-jobs/run?queue=${IMPORTS_QUEUE}&limit=5`)

const progress = (page: Page) => page.getByRole('region', { name: 'Avance de la carga' })

const partiesWithIds = async (admin: RestClient, ids: string[]) =>
  (await admin.ok('GET', `/${SLUGS.parties}?depth=0&limit=10&where[idNumber][in]=${ids.join(',')}`)).docs as { id: number; idNumber: string }[]

describe('Issue 13 (portfolio import) and issue 14 (progress in the admin): the administrator loads a parties file in the admin', () => {
  it('CARGA-01 R-REQ-02: three bad rows are named (line, column, reason) and nothing loads; the corrected file loads and shows its counts; the audit shows a change field by field', async () => {
    const admin = await RestClient.login(ADMIN)
    const page = await logInToAdmin(browser, ADMIN)

    // All-or-nothing (the default mode): the file with three bad rows.
    const rejected = await uploadParties(page, `terceros-con-errores-${stamp}.csv`, badFile)
    await poll(() => progress(page).textContent()).toContain('En cola')
    // While it waits, the section says for how long; the form's figures are not shown until the end.
    expect(await progress(page).textContent()).toContain('en menos de un minuto')
    expect(await page.locator('#field-status').count()).toBe(0)
    await runImports(admin)
    await poll(() => progress(page).textContent()).toContain('Rechazada (nada cargado)')
    const errorRows = progress(page).locator('tbody tr')
    await poll(() => errorRows.count()).toBe(3)
    const errors = await errorRows.evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)))
    expect(errors.map(([line, column]) => [line, column])).toEqual([
      ['3', 'DV'],
      ['5', 'SUCURSAL'],
      ['6', 'TIPO_DOC'],
    ])
    expect(errors.every(([, , reason]) => (reason ?? '').length > 10), JSON.stringify(errors)).toBe(true)
    // The form below the progress tells the same, without reloading the page.
    await poll(() => page.locator('#field-status .rs__single-value').textContent()).toBe('Rechazada (nada cargado)')
    await poll(() => page.locator('#field-rowsFailed').inputValue()).toBe('3')
    expect(await partiesWithIds(admin, GOOD), 'todo o nada: ni las filas buenas se cargaron').toEqual([])
    const excel = await page.request.get(`${inject('baseUrl')}/api/${SLUGS.portfolioImports}/${rejected.id}/errors.xlsx`)
    expect(excel.status()).toBe(200)
    expect(excel.headers()['content-type']).toContain('spreadsheetml')
    await poll(() => page.getByRole('link', { name: 'Descargar todos los errores (Excel)' }).count()).toBe(1)
    // No code editor for the stored json: the progress shows it, the raw fields are hidden.
    expect(await page.locator('.json-field, .code-editor').count()).toBe(0)
    await review(page, '01-carga-rechazada')

    // The corrected file: the two good rows load, and the counts appear when the load ends.
    await uploadParties(page, `terceros-${stamp}.csv`, goodFile)
    await runImports(admin)
    await poll(() => progress(page).textContent()).toContain('Cargada')
    const counts = page.getByRole('region', { name: 'Avance de la carga' }).locator('.figures-field tbody tr')
    await poll(() => counts.allTextContents()).toEqual(['TercerosCreados: 2 · Actualizados: 0 · Sin cambios: 0'])
    await poll(() => page.locator('#field-status .rs__single-value').textContent()).toBe('Cargada')
    await poll(() => page.locator('#field-message').inputValue()).toBe('Terceros: 2 creados, 0 actualizados, 0 sin cambios.')
    // An ended load is a record: nothing left to save or cancel.
    await poll(() => page.locator('#action-save').count()).toBe(0)
    const loaded = await partiesWithIds(admin, GOOD)
    expect(loaded.map((p) => p.idNumber).sort()).toEqual([...GOOD].sort())
    await review(page, '02-carga-terminada')

    // A change to one of them is in the audit trail, shown field by field (Campo / Antes / Después).
    const party = loaded.find((p) => p.idNumber === GOOD[0])!
    await admin.ok('PATCH', `/${SLUGS.parties}/${party.id}`, { firstName: 'Marta Cecilia' })
    const { docs: audits } = await admin.ok(
      'GET',
      `/${SLUGS.auditLogs}?depth=0&limit=1&sort=-createdAt&where[collectionSlug][equals]=${SLUGS.parties}&where[documentId][equals]=${party.id}&where[operation][equals]=update`,
    )
    expect(audits).toHaveLength(1)
    // Read-only for everyone (no save button): the view is ready when its fields are.
    await page.goto(`${inject('baseUrl')}/admin/collections/${SLUGS.auditLogs}/${audits[0].id}`)
    const changes = page.locator('#field-changes')
    await poll(() => changes.locator('thead th').allTextContents()).toEqual(['Campo', 'Antes', 'Después'])
    const changed = await changes.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)))
    expect(changed).toContainEqual(['Nombres', 'Marta Lucía', 'Marta Cecilia'])
    // The rest of the entry, once the form has loaded: what was done and by whom, by name.
    await poll(() => page.locator('#field-operation .rs__single-value').textContent()).toBe('Modificación')
    await poll(() => page.locator('#field-user').textContent()).toContain('Catalina Moreno Díaz')
    expect(await page.locator('#field-collectionSlug').inputValue()).toBe('Tercero (parties)')
    expect(await page.locator('.json-field, .code-editor').count()).toBe(0)
    await review(page, '03-auditoria-cambio')
    await closeAdmin(page)
  })
})
