import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { nitCheckDigit } from '@/rules/identification'
import { DEMO_UNREGISTERED, DEMO_UNREGISTERED_BIG } from '@/seed/payouts'
import { DEMO_PASSWORD } from '@/seed/users'
import { chooseOption, closeAdmin, launchBrowser, logInToAdmin, openDocument, saveOk } from './helpers/admin'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { RestClient } from './helpers/api'

const PORTAL = '/portal/prestadores'
const NIT = `${DEMO_UNREGISTERED.nit}-${nitCheckDigit(DEMO_UNREGISTERED.nit)}`
// Not the provider's name or city (SEC-PWD refuses a password holding "Hospital" or "Tunja" of its name).
const PASSWORD = 'Girasol-Tranvía-Bahía-77!'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** A phone-sized browser of its own, as a provider's treasurer would use. */
const phone = async (): Promise<Page> => {
  const context = await browser.newContext({ locale: 'es-CO', timezoneId: 'America/Bogota', viewport: { width: 390, height: 844 }, acceptDownloads: true })
  context.setDefaultTimeout(120_000)
  context.setDefaultNavigationTimeout(180_000)
  return context.newPage()
}

const signIn = async (page: Page, nit: string, email: string, password: string) => {
  await page.goto(`${inject('baseUrl')}${PORTAL}`)
  await page.getByLabel('NIT').fill(nit)
  await page.getByLabel('Usuario (correo)').fill(email)
  await page.getByLabel('Clave').fill(password)
  await page.getByRole('button', { name: 'Iniciar sesión' }).click()
}

const queryPeriod = async (page: Page, from: string, to: string) => {
  await page.getByLabel('Periodo de pago: desde (dd/MM/aaaa)').fill(from)
  await page.getByLabel('hasta (dd/MM/aaaa)').fill(to)
  await page.getByRole('button', { name: 'Buscar' }).click()
}

describe('R-PAY-01…04: the provider portal, as a new provider uses it', () => {
  it('R-PAY-01 registers, is activated in the admin, signs in, lists a period, pages a voucher and downloads its Excel; others see nothing of it', async () => {
    const email = `tesoreria.tunja.${Date.now()}@demo.co`
    const page = await phone()

    // Registration, with a wrong representative ID first: a clear refusal, then the right one.
    await page.goto(`${inject('baseUrl')}${PORTAL}/registro`)
    const fill = async (representativeId: string) => {
      await page.getByLabel('Nit IPS (con dígito de verificación)').fill(NIT)
      await page.getByLabel('Código habilitación').fill(DEMO_UNREGISTERED.codes[0])
      await page.getByLabel('Cédula del representante legal').fill(representativeId)
      await page.getByLabel(/Ver y aceptar las políticas/).check()
      await page.getByLabel('Usuario (correo electrónico)').fill(email)
      await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD)
      await page.getByLabel('Confirmar contraseña').fill(PASSWORD)
      await page.getByRole('button', { name: 'Aceptar' }).click()
    }
    await fill(`${DEMO_UNREGISTERED.representativeId}1`)
    await expect.poll(() => page.locator('p.error').textContent()).toContain('R-PAY-01: La cédula no corresponde al representante legal')
    await fill(DEMO_UNREGISTERED.representativeId)
    await expect.poll(() => page.locator('.ok').textContent()).toContain('Registro recibido')

    // Not active yet: the sign-in is refused.
    await signIn(page, NIT, email, PASSWORD)
    await expect.poll(() => page.locator('p.error').textContent()).toContain('desactivado')

    // An administrator activates it in the admin.
    const admin = await RestClient.login('admin@demo.co')
    const { docs } = await admin.ok('GET', `/${SLUGS.providerRegistrations}?where[email][equals]=${encodeURIComponent(email)}&depth=0`)
    expect(docs).toHaveLength(1)
    const staff = await logInToAdmin(browser, 'admin@demo.co')
    await openDocument(staff, SLUGS.providerRegistrations, docs[0].id)
    await chooseOption(staff, 'status', 'Activada')
    expect((await saveOk(staff, SLUGS.providerRegistrations)).status).toBe('ACTIVADA')
    await closeAdmin(staff)

    // Signs in and lists 2025: its vouchers with the total paid.
    await signIn(page, NIT, email, PASSWORD)
    await page.waitForURL(/\/pagos$/)
    await queryPeriod(page, '01/01/2025', '31/12/2025')
    await expect.poll(() => page.locator('tbody tr').count()).toBe(6)
    await expect.poll(() => page.getByText(/Total pagado: \$ [\d.]+/).count()).toBe(1)
    const naCells = await page.locator('tbody td', { hasText: /^N\/A$/ }).count()
    expect(naCells, 'giro directo/cesión: banco, tipo y número de cuenta N/A').toBe(9)

    // The July voucher's detail, 21 invoices a page, to page 3.
    // The detail is rendered on the server: wait for its page before counting its rows.
    await Promise.all([
      page.waitForURL(/\/pagos\/[^/?]+$/),
      page.locator('tbody tr', { hasText: '21/07/2025' }).getByRole('link', { name: 'Ver detalle' }).click(),
    ])
    await expect.poll(() => page.locator('tbody tr').count()).toBe(21)
    await page.getByRole('navigation', { name: 'Páginas' }).getByRole('link', { name: '3' }).click()
    // The page is rendered on the server: wait for page 3 to arrive before counting its rows.
    await page.waitForURL(/[?&]page=3$/)
    await page.getByRole('navigation', { name: 'Páginas' }).getByText('Página 3 de 3').waitFor()
    await expect.poll(() => page.locator('tbody tr').count()).toBe(DEMO_UNREGISTERED_BIG - 42)
    const voucherUrl = page.url().replace(/\?.*$/, '')

    // The Excel: every invoice, amounts as numbers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Descargar' }).click()])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Facturas')!
    expect(sheet.rowCount).toBe(DEMO_UNREGISTERED_BIG + 2)
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(headers).toEqual(expect.arrayContaining(['IVA', 'Retefuente', 'ReteICA', 'ReteIVA', 'Fecha cruce', 'Copago', 'Cuota moderadora']))
    expect(typeof sheet.getRow(2).getCell(headers.indexOf('Valor pagado') + 1).value).toBe('number')

    // Another provider: none of these vouchers, and the detail is refused.
    const other = await phone()
    await signIn(other, '900581247-9', 'prestador@demo.co', DEMO_PASSWORD)
    await other.waitForURL(/\/pagos$/)
    await queryPeriod(other, '01/07/2025', '31/07/2025')
    await expect.poll(() => other.locator('tbody').textContent()).not.toContain('21/07/2025')
    await other.goto(voucherUrl)
    await expect.poll(() => other.locator('p.error').textContent()).toContain('No tiene permiso')

    // A broker cannot use the provider portal.
    const broker = await phone()
    await signIn(broker, NIT, 'intermediario.90833@demo.co', DEMO_PASSWORD)
    await expect.poll(() => broker.locator('p.error').textContent()).toContain('no son correctos')
  })
})

describe('issue 14: the provider portal is accessible', () => {
  it('the portal\'s sign-in and registration pages have no serious axe-core violation', async () => {
    const page = await phone()
    await page.goto(`${inject('baseUrl')}${PORTAL}`)
    await page.getByLabel('NIT').waitFor()
    await expectNoSeriousA11yViolations(page, 'portal de prestadores (ingreso)')
    await page.context().close()
  })
})
