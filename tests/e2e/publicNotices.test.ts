import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { lexicalParagraphs } from '@/notices/lexicalParagraphs'
import { NOTICE_KINDS } from '@/rules/notices/noticeDates'
import { chooseRelationship, closeAdmin, launchBrowser, logInToAdmin, openCreate, openDocument, saveOk, typeDate } from './helpers/admin'
import { RestClient } from './helpers/api'
import { expectNoSeriousA11yViolations } from './helpers/axe'

const EDITOR = 'editor@demo.co'
const ADMIN = 'admin@demo.co'
const MANAGER = 'gerente.bogota@demo.co'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** An anonymous visitor on a phone-sized screen: no sign-in, no cookies. */
const visitor = async (): Promise<Page> => {
  const context = await browser.newContext({ locale: 'es-CO', timezoneId: 'America/Bogota', viewport: { width: 390, height: 844 } })
  context.setDefaultTimeout(60_000)
  context.setDefaultNavigationTimeout(120_000)
  return context.newPage()
}

/** Searches /avisos (or its archive) by the debtor's ID through the form, as a visitor would; returns the titles listed. */
const searchById = async (page: Page, debtorId: string, archive = false): Promise<string[]> => {
  await page.goto(`${inject('baseUrl')}/avisos${archive ? '?vista=archivo' : ''}`)
  await page.getByLabel('Nombre o número de identificación del deudor').fill(debtorId)
  await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === debtorId), page.getByRole('button', { name: 'Buscar' }).click()])
  await page.getByRole('status').waitFor()
  return page.locator('ol.notices h3').allTextContents()
}

/** The admin queues the daily sweep for a date and runs it, as the server's 06:00 schedule would. */
const runSweep = async (admin: RestClient, asOf: string) => {
  const queue = `e2e-avisos-${Date.now()}`
  const { doc: job } = await admin.ok('POST', '/payload-jobs', { taskSlug: 'deadlineSweep', input: { asOf }, queue })
  await admin.ok('GET', `/payload-jobs/run?queue=${queue}&limit=1`)
  const done = await admin.ok('GET', `/payload-jobs/${job.id}?depth=0`)
  expect(done.hasError, JSON.stringify(done.error ?? done.log).slice(0, 500)).toBeFalsy()
  expect(done.completedAt, 'el barrido terminó').toBeTruthy()
}

describe('R-NOT-02: the branch manager signs the LCD; an editor publishes its notice; a visitor finds it on /avisos; the sweep moves it to the archive', () => {
  it('R-NOT-02 R-ROL-03: LCD generated and signed in the admin → notice published carrying it → found by the debtor ID with its PDF (draft absent) → after the sweep on its take-down date, in the archive only', async () => {
    const admin = await RestClient.login(ADMIN)
    const editorApi = await RestClient.login(EDITOR)
    const managerApi = await RestClient.login(MANAGER)

    // The LCD notification record of an open pre-legal demo case in Bogotá with no notice yet, and its debtor.
    const { docs: candidates } = await admin.ok(
      'GET',
      `/${SLUGS.notifications}?depth=2&limit=1&sort=id&where[act][equals]=LCD&where[facts.noticePostedOn][exists]=false&where[case.stage][equals]=PREJURIDICO&where[branch.code][equals]=BOG`,
    )
    expect(candidates, 'la demo tiene notificaciones de LCD de expedientes prejurídicos en Bogotá').toHaveLength(1)
    const notification = candidates[0]
    const debtor = notification.case.debtor

    // Issue 11: the branch manager generates the case's LCD in the admin and signs it ("Generar acto", "Firmar").
    const manager = await logInToAdmin(browser, MANAGER)
    await openDocument(manager, SLUGS.cases, notification.case.id)
    await manager.locator('#generar-acto-tipo').selectOption('LCD')
    const generated = manager.waitForResponse((r) => r.url().endsWith(`/api/${SLUGS.cases}/${notification.case.id}/acts`) && r.request().method() === 'POST', { timeout: 120_000 })
    await manager.getByRole('button', { name: 'Generar acto', exact: true }).click()
    const { doc: draftAct } = await (await generated).json()
    expect(draftAct).toMatchObject({ actKind: 'LCD', actStatus: 'BORRADOR' })
    await manager.getByRole('link', { name: 'Abrir el borrador' }).click()
    await manager.waitForURL(`**/admin/collections/${SLUGS.documents}/${draftAct.id}`)
    const signing = manager.waitForResponse((r) => r.url().endsWith(`/api/${SLUGS.documents}/${draftAct.id}/sign`), { timeout: 120_000 })
    await manager.getByRole('button', { name: 'Firmar', exact: true }).click()
    expect((await signing).status()).toBe(200)
    await manager.locator('.payload-toast-item.toast-success', { hasText: 'Acto firmado' }).waitFor()
    await closeAdmin(manager)
    const act = await admin.ok('GET', `/${SLUGS.documents}/${draftAct.id}?depth=0`)
    expect(act).toMatchObject({ actStatus: 'FIRMADO', signedBy: (await managerApi.ok('GET', '/users/me')).user.id })
    // The notification record's copy of the act, and the case's LCD record when it had none, are the signed act.
    expect((await admin.ok('GET', `/${SLUGS.notifications}/${notification.id}?depth=0`)).document).toBe(act.id)

    // The editor writes the notice in the admin and publishes it (posted today, Tue 1 Dec 2026 or the run's date).
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Bogota' })
    const editor = await logInToAdmin(browser, EDITOR)
    await openCreate(editor, SLUGS.notices)
    await chooseRelationship(editor, 'notification', notification.title)
    const text = `Se notifica por aviso a ${debtor.displayName} el acto ${notification.title}.`
    await editor.locator('.rich-text-lexical [contenteditable="true"], [data-lexical-editor="true"]').first().click({ timeout: 180_000 })
    await editor.keyboard.type(text)
    // No act chosen: the notice carries the notification's copy, the signed LCD.
    await typeDate(editor, 'postedOn', today)
    const published = await saveOk(editor, SLUGS.notices)
    expect(published._status).toBe('published')
    expect(published.debtorId).toBe(debtor.idNumber)
    expect(published.document).toBe(act.id)
    await closeAdmin(editor)

    // A draft of the same debtor, never to be seen by visitors.
    const { doc: draft } = await editorApi.ok('POST', `/${SLUGS.notices}?draft=true&depth=0`, {
      kind: NOTICE_KINDS.notification,
      notification: notification.id,
      postedOn: today,
      text: lexicalParagraphs('Borrador que no se publica.'),
      _status: 'draft',
    })

    const page = await visitor()
    const listed = await searchById(page, debtor.idNumber)
    expect(listed, 'el aviso publicado aparece una vez').toHaveLength(1)
    expect(listed[0]).toContain(debtor.displayName)
    // Each notice of the list links the act's PDF, which a visitor downloads.
    const listedPdf = page.locator('ol.notices a[type="application/pdf"]')
    expect(await listedPdf.count(), 'el aviso enlaza la copia del acto firmado').toBe(1)
    expect(await listedPdf.getAttribute('href')).toContain(`/api/${SLUGS.documents}/file/${encodeURIComponent(act.filename)}`)
    const listedPdfResponse = await page.request.get(new URL((await listedPdf.getAttribute('href'))!, inject('baseUrl')).toString())
    expect(listedPdfResponse.status()).toBe(200)
    expect(listedPdfResponse.headers()['content-type']).toContain('application/pdf')
    await page.getByRole('link', { name: new RegExp(debtor.idNumber) }).click()
    await page.waitForURL(`**/avisos/${published.id}`)
    await expect.poll(() => page.locator('article').textContent()).toContain(text)
    const pdf = page.getByRole('link', { name: 'Descargar la copia íntegra del acto (PDF)' })
    const pdfResponse = await page.request.get(new URL((await pdf.getAttribute('href'))!, inject('baseUrl')).toString())
    expect(pdfResponse.status()).toBe(200)
    expect(pdfResponse.headers()['content-type']).toContain('application/pdf')
    expect(Buffer.from(await pdfResponse.body()).subarray(0, 5).toString()).toBe('%PDF-')
    const draftPage = await page.goto(`${inject('baseUrl')}/avisos/${draft.id}`)
    expect(draftPage?.status()).toBe(404)
    expect(await searchById(page, debtor.idNumber, true), 'aún no está en el archivo').toHaveLength(0)

    // The sweep of its take-down day leaves it up; the next day's takes it down to the archive.
    await runSweep(admin, published.takeDownOn.slice(0, 10))
    expect(await searchById(page, debtor.idNumber)).toHaveLength(1)
    const nextDay = new Date(Date.parse(published.takeDownOn) + 86_400_000).toISOString().slice(0, 10)
    await runSweep(admin, nextDay)
    expect(await searchById(page, debtor.idNumber), 'ya no está entre los vigentes').toHaveLength(0)
    const archived = await searchById(page, debtor.idNumber, true)
    expect(archived, 'está en el archivo').toHaveLength(1)
    expect(archived[0]).toContain(debtor.displayName)
    await page.context().close()
  })
})

describe('issue 14: /avisos is accessible', () => {
  it('the public notices page and its archive have no serious axe-core violation', async () => {
    const page = await visitor()
    await page.goto(`${inject('baseUrl')}/avisos`)
    await page.getByLabel('Nombre o número de identificación del deudor').waitFor()
    await expectNoSeriousA11yViolations(page, '/avisos')
    await page.goto(`${inject('baseUrl')}/avisos?vista=archivo`)
    await expectNoSeriousA11yViolations(page, '/avisos (archivo)')
    await page.context().close()
  })
})
