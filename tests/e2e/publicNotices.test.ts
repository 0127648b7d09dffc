import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { lexicalParagraphs } from '@/notices/lexicalParagraphs'
import { NOTICE_KINDS } from '@/rules/notices/noticeDates'
import { samplePdf } from '../int/helpers/sampleFiles'
import { chooseRelationship, closeAdmin, launchBrowser, logInToAdmin, openCreate, saveOk, typeDate } from './helpers/admin'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { RestClient } from './helpers/api'

const EDITOR = 'editor@demo.co'
const ADMIN = 'admin@demo.co'

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

describe('R-NOT-02: an editor publishes a notice; a visitor finds it on /avisos; the sweep moves it to the archive', () => {
  it('R-NOT-02: published in the admin → found by the debtor ID (draft absent) → after the sweep on its take-down date, in the archive only', async () => {
    const admin = await RestClient.login(ADMIN)
    const editorApi = await RestClient.login(EDITOR)

    // A notification record of an open demo case with no notice yet, and its debtor.
    const { docs: candidates } = await admin.ok(
      'GET',
      `/${SLUGS.notifications}?depth=2&limit=1&sort=id&where[facts.noticePostedOn][exists]=false&where[case.stage][in]=PERSUASIVO,PREJURIDICO&where[branch.code][equals]=BOG`,
    )
    expect(candidates, 'la demo tiene notificaciones de expedientes abiertos en Bogotá').toHaveLength(1)
    const notification = candidates[0]
    const debtor = notification.case.debtor
    const { doc: act } = await editorApi.uploadDocument('acto-notificado.pdf', samplePdf())

    // The editor writes the notice in the admin and publishes it (posted today, Tue 1 Dec 2026 or the run's date).
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Bogota' })
    const editor = await logInToAdmin(browser, EDITOR)
    await openCreate(editor, SLUGS.notices)
    await chooseRelationship(editor, 'notification', notification.title)
    const text = `Se notifica por aviso a ${debtor.displayName} el acto ${notification.title}.`
    await editor.locator('.rich-text-lexical [contenteditable="true"], [data-lexical-editor="true"]').first().click({ timeout: 180_000 })
    await editor.keyboard.type(text)
    await chooseRelationship(editor, 'document', act.filename)
    await typeDate(editor, 'postedOn', today)
    const published = await saveOk(editor, SLUGS.notices)
    expect(published._status).toBe('published')
    expect(published.debtorId).toBe(debtor.idNumber)
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
    await page.getByRole('link', { name: new RegExp(debtor.idNumber) }).click()
    await page.waitForURL(`**/avisos/${published.id}`)
    await expect.poll(() => page.locator('article').textContent()).toContain(text)
    const pdf = page.getByRole('link', { name: 'Descargar la copia íntegra del acto (PDF)' })
    const pdfResponse = await page.request.get(new URL((await pdf.getAttribute('href'))!, inject('baseUrl')).toString())
    expect(pdfResponse.status()).toBe(200)
    expect(pdfResponse.headers()['content-type']).toContain('application/pdf')
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
