import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { samplePdf } from '../int/helpers/sampleFiles'
import { addArrayRow, chooseOption, closeAdmin, field, launchBrowser, logInToAdmin, openDocument, saveOk } from './helpers/admin'
import { RestClient } from './helpers/api'

const BROKER = 'intermediario.90833@demo.co'
const STAFF = 'profesional.bogota@demo.co'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('R-REQ-07: a request returned in the admin, resubmitted by the broker and closed in the admin', () => {
  it('R-REQ-07: RADICADO → DEVUELTO (with a note) → RADICADO (new document) → FINALIZADO, each step in the history', async () => {
    const broker = await RestClient.login(BROKER)
    const staffApi = await RestClient.login(STAFF)

    // A policy of the broker's clave in the staff member's branch (staff only read their branch).
    const { docs: policies } = await staffApi.ok('GET', `/${SLUGS.policies}?where[clave][equals]=90833&where[status][equals]=VIGENTE&limit=1&depth=1`)
    expect(policies, 'la demo tiene pólizas vigentes de la clave 90833 en Bogotá').toHaveLength(1)
    const [policy] = policies
    const { docs: kinds } = await broker.ok('GET', `/${SLUGS.requestKinds}?where[code][equals]=RECAUDO&depth=0`)

    // The broker files the request with a PDF over REST, as its portal does (docs/api.md).
    const firstPdf = await broker.uploadDocument('soporte-pago.pdf', samplePdf())
    const filed = await broker.ok('POST', `/${SLUGS.requests}?depth=0`, {
      kind: kinds[0].id,
      subtype: 'REACTIVACION_POLIZA',
      clave: '90833',
      clientIdType: policy.holder.idType,
      clientIdNumber: policy.holder.idNumber,
      ...(policy.holder.checkDigit != null ? { clientCheckDigit: policy.holder.checkDigit } : {}),
      policyType: policy.type,
      policyNumber: policy.number,
      certificate: policy.certificate ?? '0',
      lineOfBusiness: policy.lineOfBusiness,
      ...(policy.plate ? { plate: policy.plate } : {}),
      attachments: [firstPdf.doc.id],
      comments: [{ text: 'Adjunto el soporte de pago para la reactivación.' }],
    })
    const request = filed.doc
    expect(request.status).toBe('RADICADO')
    expect(request.caseNumber).toMatch(/^COL_\d{4}_\d+$/)

    // Staff of the branch return it in the admin, with a note saying what to correct.
    const note = `El soporte no es legible; adjunte uno nuevo (${request.caseNumber}).`
    const staff = await logInToAdmin(browser, STAFF)
    await openDocument(staff, SLUGS.requests, request.id)
    await expect.poll(() => field(staff, 'caseNumber').inputValue()).toBe(request.caseNumber)
    const noteRow = await addArrayRow(staff, 'comments')
    await field(staff, `${noteRow}.text`).fill(note)
    await chooseOption(staff, 'status', 'Devuelto')
    const returned = await saveOk(staff, SLUGS.requests)
    expect(returned.status).toBe('DEVUELTO')
    // What the user sees after the save, and after reopening the request.
    await staff.reload()
    await expect.poll(() => field(staff, 'status').locator('.rs__single-value').textContent()).toBe('Devuelto')
    await expect.poll(() => staff.locator('textarea').filter({ hasText: note }).count()).toBe(1)

    // The broker adds a document and resubmits over REST.
    const secondPdf = await broker.uploadDocument('soporte-legible.pdf', samplePdf())
    const resubmitted = await broker.ok('PATCH', `/${SLUGS.requests}/${request.id}?depth=0`, {
      status: 'RADICADO',
      attachments: [firstPdf.doc.id, secondPdf.doc.id],
    })
    expect(resubmitted.doc.status).toBe('RADICADO')

    // Staff close it in the admin.
    await openDocument(staff, SLUGS.requests, request.id)
    await expect.poll(() => field(staff, 'status').locator('.rs__single-value').textContent()).toBe('Radicado')
    await chooseOption(staff, 'status', 'Finalizado')
    const closed = await saveOk(staff, SLUGS.requests)
    expect(closed.status).toBe('FINALIZADO')
    await closeAdmin(staff)

    // The final state as the broker's portal reads it.
    const final = await broker.ok('GET', `/${SLUGS.requests}/${request.id}?depth=0`)
    expect(final.status).toBe('FINALIZADO')
    expect(final.closedAt).toBeTruthy()
    expect(final.attachments).toEqual([firstPdf.doc.id, secondPdf.doc.id])
    expect(final.comments.map((c: { text: string }) => c.text)).toContain(note)
    expect(final.statusHistory.map((h: { from: string | null; to: string }) => `${h.from ?? '-'}→${h.to}`)).toEqual([
      '-→RADICADO',
      'RADICADO→DEVUELTO',
      'DEVUELTO→RADICADO',
      'RADICADO→FINALIZADO',
    ])
    const staffName = (await staffApi.ok('GET', '/users/me')).user.name
    expect(final.statusHistory.map((h: { byName: string }) => h.byName)).toEqual([
      expect.any(String),
      staffName,
      expect.not.stringMatching(staffName),
      staffName,
    ])
  })
})
