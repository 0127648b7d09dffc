import { chromium, type Browser, type Locator, type Page, type Response } from 'playwright-core'
import { expect, inject } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/users'

/** Debian's chromium (never a downloaded browser); scripts/ensure-chromium.mjs installs it. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })

/** Waits sized for `next dev` on a busy 2-core machine: a save runs every hook of a case. */
const ACTION_TIMEOUT = 60_000

/** expect.poll with the waits of a busy `next dev` (its default is one second). */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: ACTION_TIMEOUT })

/** A user of the back office in a browser of their own (cookies apart), logged in through /admin/login. */
export const logInToAdmin = async (browser: Browser, email: string): Promise<Page> => {
  // A Colombian user: the legal day pickers store noon of the local day.
  const context = await browser.newContext({ locale: 'es-CO', timezoneId: 'America/Bogota', viewport: { width: 1440, height: 1000 } })
  context.setDefaultTimeout(ACTION_TIMEOUT)
  context.setDefaultNavigationTimeout(120_000)
  const page = await context.newPage()
  // What Next's dev overlay counts as "issues": printed, so a run's log shows them with their page;
  // and which request a refused or failed resource was (the console names only its status).
  page.on('console', (message) => {
    if (message.type() === 'error') console.warn(`[consola del navegador] ${new URL(page.url()).pathname}: ${message.text().slice(0, 4000)}`)
  })
  page.on('response', (response) => {
    if ([401, 403].includes(response.status()) || response.status() >= 500) {
      console.warn(`[respuesta ${response.status()}] ${email} en ${new URL(page.url()).pathname}: ${response.request().method()} ${new URL(response.url()).pathname}`)
    }
  })
  await page.goto(`${inject('baseUrl')}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  const loggedIn = page.waitForResponse((r) => r.url().includes('/api/users/login') && r.request().method() === 'POST')
  await page.locator('button[type="submit"]').click()
  expect((await loggedIn).status(), `login de ${email} en el admin`).toBe(200)
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  return page
}

/**
 * Leaves the admin. Payload releases a document's edit lock when its page is left, but a closed
 * browser sends nothing: the user's locks are released first, or the next colleague's save of the
 * same document is refused with 423 for five minutes.
 */
export const closeAdmin = async (page: Page) => {
  const base = inject('baseUrl')
  const me = await (await page.request.get(`${base}/api/users/me`)).json()
  if (me?.user?.id) await page.request.delete(`${base}/api/payload-locked-documents?where[user.value][equals]=${me.user.id}`)
  await page.context().close()
}

/** Payload's edit lock: a colleague opened the document less than its five minutes ago. */
const lockedByColleague = async (page: Page, collection: string, id: number | string): Promise<boolean> => {
  const base = inject('baseUrl')
  // page.request carries the user's session cookie: the question is asked as that user.
  const me = await (await page.request.get(`${base}/api/users/me`)).json()
  const where = `where[document.relationTo][equals]=${collection}&where[document.value][equals]=${id}`
  const { docs } = await (await page.request.get(`${base}/api/payload-locked-documents?${where}&depth=0&sort=-updatedAt`)).json()
  const lock = docs?.[0]
  return Boolean(lock) && lock.user?.value !== me.user.id && Date.now() - Date.parse(lock.updatedAt) < 300_000
}

/**
 * Opens a document's edit view and waits until its form can be used. A colleague who had it open
 * in the last five minutes still holds the edit lock: like a user, take over from them.
 */
export const openDocument = async (page: Page, collection: string, id: number | string) => {
  const locked = await lockedByColleague(page, collection, id)
  await page.goto(`${inject('baseUrl')}/admin/collections/${collection}/${id}`)
  await page.locator('#action-save').waitFor()
  if (locked) {
    const takeOver = page.locator('#document-locked-take-over')
    await takeOver.click()
    await takeOver.waitFor({ state: 'hidden' })
  }
}

/** Opens a collection's create view and waits until its form can be used. */
export const openCreate = async (page: Page, collection: string) => {
  await page.goto(`${inject('baseUrl')}/admin/collections/${collection}/create`)
  await page.locator('#action-save').waitFor()
}

/** The element Payload renders for the field at `path` (dots become `__` in its id). */
export const field = (page: Page, path: string): Locator => page.locator(`#field-${path.replace(/\./g, '__')}`)

export const openTab = (page: Page, label: string) => page.locator('.tabs-field__tab-button', { hasText: label }).click()

/** Picks an option of a select field by its visible label. */
export const chooseOption = async (page: Page, path: string, label: string) => {
  await field(page, path).locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }).click()
  await expect.poll(() => field(page, path).locator('.rs__single-value').textContent()).toBe(label)
}

/** Searches a relationship field like a user (typing part of the title) and picks the only match. */
export const chooseRelationship = async (page: Page, path: string, search: string) => {
  const control = field(page, path).locator('.rs__control')
  await control.click()
  await control.locator('input').fill(search)
  const option = page.locator('.rs__option', { hasText: search })
  await expect.poll(() => option.count(), { timeout: ACTION_TIMEOUT }).toBe(1)
  await option.click()
  await expect.poll(() => control.textContent()).toContain(search)
}

/** Types an ISO date (YYYY-MM-DD) into a legal date field, as dd/MM/yyyy like a user would. */
export const typeDate = async (page: Page, path: string, iso: string) => {
  const [year, month, day] = iso.split('-')
  const input = field(page, path).locator('input')
  await input.fill(`${day}/${month}/${year}`)
  await input.press('Enter')
  await expect.poll(() => input.inputValue()).toBe(`${day}/${month}/${year}`)
}

/**
 * Clicks "Agregar <fila>" under an array field; returns the path of the new row once its fields
 * can be typed in. The row appears at once as a shimmer; its fields come with the server's form
 * state (a round trip that a busy `next dev` may take long to answer). Once in a full run the
 * answer never came and the row stayed a shimmer for 180 s (agreementDefault, 01/12/2026; it
 * passed alone right after): after 90 s the form is edited and restored (a space typed and
 * erased in one of its text fields), which makes Payload ask the server for its state again.
 */
export const addArrayRow = async (page: Page, path: string): Promise<string> => {
  const rows = field(page, path).locator('.array-field__row')
  const before = await rows.count()
  await field(page, path).locator('.array-field__add-row').click()
  await expect.poll(() => rows.count()).toBe(before + 1)
  const row = `${path}.${before}`
  const firstField = page.locator(`[id^="field-${row.replace(/\./g, '__')}__"]`).first()
  try {
    await firstField.waitFor({ timeout: 90_000 })
  } catch {
    console.warn(`${row}: la fila sigue cargando tras 90 s; se vuelve a pedir el estado del formulario.`)
    const text = page.locator('.field-type.text input:not([readonly]):not([disabled]), .field-type.textarea textarea:not([readonly]):not([disabled])').first()
    await text.press('End')
    await text.press('Space')
    await text.press('Backspace')
    await firstField.waitFor({ timeout: 120_000 })
  }
  return row
}

export type Saved = { status: number; body: Record<string, any>; toast: string }

/**
 * Clicks Guardar and waits for the API's answer and the toast that tells the user about it,
 * which is what a user reads: the success message or the rule's refusal.
 */
export const save = async (page: Page, collection: string): Promise<Saved> => {
  const answered = page.waitForResponse(
    (r: Response) => new URL(r.url()).pathname.startsWith(`/api/${collection}`) && ['POST', 'PATCH'].includes(r.request().method()),
    { timeout: 120_000 },
  )
  await page.locator('#action-save').click()
  const response = await answered
  const body = await response.json()
  const toast = page.locator(`.payload-toast-item.${response.ok() ? 'toast-success' : 'toast-error'}`).last()
  await toast.waitFor()
  const text = (await toast.textContent()) ?? ''
  // The toast stays a few seconds: close it so the next save's toast is not mistaken for this one.
  // On a slow machine it may have gone by itself before the click: then it must be gone for good.
  await toast
    .locator('.payload-toast-close-button')
    .click({ timeout: 10_000 })
    .catch(() => toast.waitFor({ state: 'detached', timeout: 10_000 }))
  return { status: response.status(), body, toast: text }
}

/** Saves and expects success; returns the saved document as the API answered it. */
export const saveOk = async (page: Page, collection: string): Promise<Record<string, any>> => {
  const saved = await save(page, collection)
  expect(saved.status, `${saved.toast} ${JSON.stringify(saved.body)}`).toBeLessThan(300)
  return saved.body.doc
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
