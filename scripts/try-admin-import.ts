/**
 * A new administrator's trial of the portfolio import at scale (docs/import.md), in a real browser:
 *
 *   npx tsx scripts/try-admin-import.ts [--policies 100000] [--base http://localhost:3000]
 *     [--out /tmp/try-admin-import] [--timeout-minutes 15] [--branch BOG] [--first 0] [--policy-parts 1]
 *
 * Against a running `npm run dev` (its demo data and admin@demo.co): writes a parties file and a
 * policies file of N rows each (the benchmark's generators, scripts/portfolioFiles.ts), logs in
 * through the login form, creates each load in Cartera → Cargas de cartera (file input, kind and
 * mode chosen in the form, Guardar), and watches the edit view as the server's job picks it up and
 * runs it: every 5 s what the page says (status, rows checked, errors), screenshots at the start,
 * mid-way and at the end in --out. Then it times the admin home and "Cartera en mora" with the loaded
 * portfolio. Prints a timeline; exits 1 when a load did not end "Cargada" within the timeout.
 *
 * Holders are NIT 870 000 000+i and cédulas 1 160 000 000+i, apart from the demo data's. Running it
 * twice against the same database ends "Omitida (archivo ya cargado)" (the same files): a second run
 * takes other rows with --first (e.g. --first 100000). --policy-parts K loads the policies as K files
 * of N/K rows, one after the other: as an administrator may split a core-system export (until 02/12/2026 a
 * file over 10 MB, such as 100 000 policies, was refused: the attachments' limit applied to loads).
 * Uses Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH); never downloads a browser.
 */
import { mkdir, writeFile } from 'fs/promises'
import path from 'path'
import { parseArgs } from 'util'
import { chromium, type Page } from 'playwright-core'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { DEMO_PASSWORD } from '@/seed/users'
import { partyLines, policyLines } from './portfolioFiles'

const { values } = parseArgs({
  options: {
    policies: { type: 'string', default: '100000' },
    base: { type: 'string', default: 'http://localhost:3000' },
    out: { type: 'string', default: '/tmp/try-admin-import' },
    'timeout-minutes': { type: 'string', default: '15' },
    branch: { type: 'string', default: 'BOG' },
    email: { type: 'string', default: 'admin@demo.co' },
    first: { type: 'string', default: '0' },
    'policy-parts': { type: 'string', default: '1' },
  },
})
const args = z
  .object({
    policies: z.coerce.number().int().positive(),
    base: z.url().transform((u) => u.replace(/\/$/, '')),
    out: z.string().min(1),
    'timeout-minutes': z.coerce.number().positive(),
    branch: z.string().min(1),
    email: z.email(),
    first: z.coerce.number().int().nonnegative(),
    'policy-parts': z.coerce.number().int().positive(),
  })
  .parse(values)
const N = args.policies
const BASE = args.base
const OUT = path.resolve(args.out)
const TIMEOUT_MS = args['timeout-minutes'] * 60_000
/** How often the page is read while a load runs (the page itself refreshes every 2 s). */
const SAMPLE_MS = 5_000
/** `next dev` compiles a route on its first visit; on a busy machine that alone takes tens of seconds. */
const ACTION_TIMEOUT = 120_000

const SUCCESS = 'Cargada'
const FINISHED = [SUCCESS, 'Cargada con filas rechazadas', 'Rechazada (nada cargado)', 'Omitida (archivo ya cargado)', 'Cancelada (nada cargado)', 'Fallida']

const t0 = Date.now()
const clock = (at: number) => new Date(at).toLocaleTimeString('es-CO', { hour12: false, timeZone: 'America/Bogota' })
const since = (from: number, to = Date.now()) => ((to - from) / 1000).toFixed(1)
const log = (text: string) => console.log(`[+${since(t0).padStart(6)} s] ${text}`)
/** What went wrong in the browser (console errors, refused or failed requests): listed at the end. */
const problems: string[] = []

type Sample = { at: number; status: string; done: number; total: number; failed: number; errorsShown: number }
type LoadResult = {
  file: string
  kind: string
  id?: number
  savedAt?: number
  startedAt?: number
  finishedAt?: number
  last?: Sample
  counts: string[]
  message: string
  server?: { startedAt?: string; finishedAt?: string }
  ok: boolean
}

/** "1.234" (es-CO thousands) → 1234. */
const number = (text: string | undefined) => (text ? Number(text.replace(/\./g, '')) : 0)

const progress = (page: Page) => page.locator('section[aria-label="Avance de la carga"]')

/** What the progress section says now ("En proceso · 5.000 de 100.000 filas revisadas · 3 con errores"). */
const readProgress = async (page: Page): Promise<Sample | null> => {
  const section = progress(page)
  if ((await section.count()) === 0) return null
  const status = ((await section.locator('p strong').first().textContent()) ?? '').trim()
  const line = (await section.locator('p').first().textContent()) ?? ''
  const rows = line.match(/([\d.]+) de ([\d.]+) filas revisadas/)
  const failed = line.match(/([\d.]+) con errores/)
  const errorsShown = await section.locator('table').filter({ hasText: 'Primeros errores' }).locator('tbody tr').count()
  return { at: Date.now(), status, done: number(rows?.[1]), total: number(rows?.[2]), failed: number(failed?.[1]), errorsShown }
}

const shoot = async (page: Page, name: string) => {
  const file = path.join(OUT, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  log(`captura ${file}`)
}

/** A select of Payload's form, picked by its visible label as a person would. */
const chooseOption = async (page: Page, field: string, label: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option').getByText(label, { exact: true }).click()
  await page.locator(`#field-${field} .rs__single-value`).getByText(label, { exact: true }).waitFor()
}

const logIn = async (page: Page) => {
  const start = Date.now()
  await page.goto(`${BASE}/admin/login`)
  await page.locator('#field-email').fill(args.email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  const answered = page.waitForResponse((r) => r.url().includes('/api/users/login') && r.request().method() === 'POST')
  await page.locator('button[type="submit"]').click()
  const response = await answered
  if (response.status() !== 200) throw new Error(`El login de ${args.email} respondió ${response.status()}.`)
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  log(`sesión iniciada como ${args.email} (${since(start)} s)`)
}

/** Creates the load in the admin and watches it to its end; never throws for a load that goes wrong. */
const importFile = async (page: Page, step: string, file: string, kind: string, rows: number): Promise<LoadResult> => {
  const result: LoadResult = { file: path.basename(file), kind, counts: [], message: '', ok: false }
  await page.goto(`${BASE}/admin/collections/${SLUGS.portfolioImports}/create`)
  await page.locator('#action-save').waitFor()
  await chooseOption(page, 'kind', kind)
  // The default, chosen anyway: a person checks it before loading 100 000 rows.
  await chooseOption(page, 'mode', 'Todo o nada')
  await page.locator('input[type="file"]').setInputFiles(file)
  await shoot(page, `${step}-0-formulario`)

  const answered = page.waitForResponse(
    (r) => new URL(r.url()).pathname.startsWith(`/api/${SLUGS.portfolioImports}`) && r.request().method() === 'POST',
    { timeout: ACTION_TIMEOUT },
  )
  const clicked = Date.now()
  await page.locator('#action-save').click()
  const response = await answered
  result.savedAt = Date.now()
  if (!response.ok()) {
    problems.push(`${result.file}: Guardar respondió ${response.status()}: ${(await response.text()).slice(0, 500)}`)
    await shoot(page, `${step}-9-error-al-guardar`)
    return result
  }
  result.id = ((await response.json()) as { doc: { id: number } }).doc.id
  log(`${result.file} guardado como carga ${result.id} (subida y guardado: ${since(clicked, result.savedAt)} s)`)
  await page.waitForURL(`**/admin/collections/${SLUGS.portfolioImports}/${result.id}`, { timeout: ACTION_TIMEOUT })
  await progress(page).waitFor({ timeout: ACTION_TIMEOUT })

  let shotStart = false
  let shotRunning = false
  let shotHalf = false
  while (Date.now() - result.savedAt < TIMEOUT_MS) {
    const sample = await readProgress(page)
    if (sample) {
      result.last = sample
      log(`${result.file}: ${sample.status} · ${sample.done} de ${sample.total} filas revisadas · ${sample.failed} con errores · ${sample.errorsShown} errores en la tabla`)
      if (!shotStart) {
        shotStart = true
        await shoot(page, `${step}-1-inicio`)
      }
      if (sample.status !== 'En cola' && result.startedAt === undefined) result.startedAt = sample.at
      if (FINISHED.includes(sample.status)) {
        result.finishedAt = sample.at
        break
      }
      if (sample.status === 'En proceso' && !shotRunning) {
        shotRunning = true
        await shoot(page, `${step}-2-en-proceso`)
      }
      if (sample.status === 'En proceso' && sample.total > 0 && sample.done >= sample.total / 2 && !shotHalf) {
        shotHalf = true
        await shoot(page, `${step}-3-mitad`)
      }
    }
    await page.waitForTimeout(SAMPLE_MS)
  }
  if (result.finishedAt === undefined) {
    problems.push(`${result.file}: no terminó en ${args['timeout-minutes']} min (último estado: ${result.last?.status ?? 'ninguno'})`)
    await shoot(page, `${step}-9-sin-terminar`)
    return result
  }

  // The page refreshes its form when the load ends: give it time, so the screenshot shows both agreeing.
  await page
    .locator('#field-status .rs__single-value')
    .getByText(result.last!.status, { exact: true })
    .waitFor({ timeout: 30_000 })
    .catch(() => problems.push(`${result.file}: el formulario bajo el avance no pasó a "${result.last!.status}" en 30 s`))
  result.counts = (await progress(page).locator('.figures-field').filter({ hasText: 'Registros creados' }).locator('tbody tr').allTextContents()).map((t) =>
    t.trim(),
  )
  result.message = ((await page.locator('#field-message').inputValue().catch(() => '')) || '').trim()
  await shoot(page, `${step}-4-terminada`)
  // The job's own times, to compare with what the page showed when.
  const stored = (await (await page.request.get(`${BASE}/api/${SLUGS.portfolioImports}/${result.id}?depth=0`)).json()) as { startedAt?: string; finishedAt?: string }
  result.server = { startedAt: stored.startedAt, finishedAt: stored.finishedAt }
  result.ok = result.last!.status === SUCCESS && result.last!.failed === 0 && result.last!.done === rows
  if (!result.ok) problems.push(`${result.file}: terminó "${result.last!.status}", ${result.last!.done} de ${result.last!.total} filas revisadas, ${result.last!.failed} con errores`)
  return result
}

/** Opens an admin page and times it until `ready` is on screen (a first visit includes next dev's compile). */
const timeView = async (page: Page, name: string, open: () => Promise<unknown>, ready: string) => {
  const start = Date.now()
  await open()
  await page.locator(ready).first().waitFor({ timeout: ACTION_TIMEOUT })
  const seconds = since(start)
  log(`${name}: ${seconds} s hasta ver ${ready}`)
  await shoot(page, name)
  return seconds
}

await mkdir(OUT, { recursive: true })
const files = { branch: args.branch, nitBase: 870_000_000, cedulaBase: 1_160_000_000 }
const partiesFile = path.join(OUT, `terceros-${args.first}-${N}.csv`)
await writeFile(partiesFile, partyLines({ ...files, n: N, first: args.first }))
const PARTS = args['policy-parts']
const policyParts: { file: string; rows: number }[] = []
for (let k = 0; k < PARTS; k++) {
  const first = args.first + Math.floor((k * N) / PARTS)
  const rows = args.first + Math.floor(((k + 1) * N) / PARTS) - first
  const file = path.join(OUT, PARTS === 1 ? `polizas-${args.first}-${N}.csv` : `polizas-${args.first}-${N}-parte-${k + 1}-de-${PARTS}.csv`)
  await writeFile(file, policyLines({ ...files, n: rows, first }))
  policyParts.push({ file, rows })
}
log(`archivos escritos: ${[partiesFile, ...policyParts.map((p) => p.file)].join(', ')}`)

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const results: LoadResult[] = []
const views: Record<string, string> = {}
let walkStopped = false
try {
  const context = await browser.newContext({ locale: 'es-CO', timezoneId: 'America/Bogota', viewport: { width: 1440, height: 1000 } })
  context.setDefaultTimeout(ACTION_TIMEOUT)
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT)
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`consola del navegador en ${new URL(page.url()).pathname}: ${m.text().slice(0, 300)}`)
  })
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`respuesta ${r.status()} en ${new URL(page.url()).pathname}: ${r.request().method()} ${new URL(r.url()).pathname}`)
  })

  await logIn(page)
  results.push(await importFile(page, 'terceros', partiesFile, 'Terceros', N))
  // Policies need their holders (docs/import.md): only after the parties loaded; parts one at a time.
  for (const [k, part] of policyParts.entries()) {
    if (!results.at(-1)!.ok) break
    results.push(await importFile(page, PARTS === 1 ? 'polizas' : `polizas-parte-${k + 1}`, part.file, 'Pólizas con certificados', part.rows))
  }

  // With the portfolio loaded: the home (its arrears dashboard) and the arrears view, twice each
  // (the first visit of a route in next dev includes its compile).
  for (const visit of [1, 2]) {
    views[`inicio (visita ${visit})`] = await timeView(page, `inicio-${visit}`, () => page.goto(`${BASE}/admin`), '.cartera-dashboard')
    // Through the home's "Ver el detalle" (the side menu's "Cartera en mora" link stayed inert in this headless run).
    views[`Cartera en mora (visita ${visit})`] = await timeView(
      page,
      `cartera-en-mora-${visit}`,
      () => page.locator('.cartera-dashboard').getByRole('link', { name: 'Ver el detalle' }).click(),
      '.cartera-view .cartera-asof',
    )
  }

  // A closed browser releases no edit lock: release this user's, as the admin would by leaving the page.
  const me = (await (await page.request.get(`${BASE}/api/users/me`)).json()) as { user?: { id: number } }
  if (me.user) await page.request.delete(`${BASE}/api/payload-locked-documents?where[user.value][equals]=${me.user.id}`)
} catch (error) {
  walkStopped = true
  problems.push(`el recorrido se detuvo: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await browser.close()
}

console.log(`\nCronología (${N.toLocaleString('es-CO')} terceros y ${N.toLocaleString('es-CO')} pólizas en ${PARTS} archivo(s); horas de Bogotá)`)
for (const r of results) {
  console.log(`- ${r.file} (${r.kind}), carga ${r.id ?? '—'}:`)
  if (r.savedAt) console.log(`    guardada            ${clock(r.savedAt)}`)
  if (r.startedAt) console.log(`    primer avance visto ${clock(r.startedAt)}  (+${since(r.savedAt!, r.startedAt)} s en cola)`)
  if (r.finishedAt) console.log(`    terminada           ${clock(r.finishedAt)}  (+${since(r.startedAt ?? r.savedAt!, r.finishedAt)} s en proceso)`)
  if (r.last) console.log(`    en pantalla         ${r.last.status} · ${r.last.done} de ${r.last.total} filas revisadas · ${r.last.failed} con errores`)
  for (const c of r.counts) console.log(`    registros           ${c}`)
  if (r.message) console.log(`    resultado           ${r.message}`)
  if (r.server) console.log(`    el trabajo dice     inicio ${r.server.startedAt ?? '—'} · fin ${r.server.finishedAt ?? '—'}`)
  if (r.savedAt && r.finishedAt) console.log(`    total               ${since(r.savedAt, r.finishedAt)} s de guardada a terminada`)
}
for (const [name, seconds] of Object.entries(views)) console.log(`- ${name}: ${seconds} s`)
console.log(`- capturas en ${OUT}`)
if (problems.length) {
  console.log('\nProblemas vistos:')
  for (const p of problems) console.log(`- ${p}`)
}
const allLoaded = results.length === 1 + PARTS && results.every((r) => r.ok)
if (!allLoaded) console.log('\nAl menos una carga no terminó "Cargada" a tiempo.')
process.exit(allLoaded && !walkStopped ? 0 : 1)
