import { readFileSync } from 'fs'
import { createRequire } from 'module'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

/**
 * Issue 14: runs axe-core on the page as it stands and fails on any serious or critical
 * violation, listing each rule with the first elements it found. axe is evaluated through the
 * DevTools protocol, so the page's own content security policy does not stop it.
 */
export const expectNoSeriousA11yViolations = async (page: Page, label: string) => {
  await page.evaluate(AXE_SOURCE)
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }))
  })) as AxeViolation[]
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
  expect(serious, `axe-core en ${label}`).toEqual([])
}
