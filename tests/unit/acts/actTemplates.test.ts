import { describe, expect, it } from 'vitest'

import { renderActPdf } from '@/acts/pdf/renderActPdf'
import { ACT_TEMPLATES } from '@/acts/templates'
import { liquidateDebt } from '@/rules/cases/interest'
import { liquidateForLcd } from '@/rules/acts/lcdLiquidation'
import { ACT_KIND_VALUES } from '@/rules/acts/actKinds'
import { actData, RATES } from './actDataFixture'
import { pdfText } from './pdfText'

const render = async (kind: (typeof ACT_KIND_VALUES)[number], overrides = {}) => {
  const data = actData({ kind, ...overrides })
  return pdfText(await renderActPdf(data.letterhead, ACT_TEMPLATES[kind](data)))
}

describe('LCD liquidation by period, concept and month (R-COB-03, R-INT-01)', () => {
  const lines = [
    { period: '2026-01', concept: 'APORTES_EN_MORA', contributors: 3, capital: 1_234_567, dueDate: '2026-02-16' },
    { period: '2025-11', concept: 'RECOBRO', contributors: null, capital: 999_999, dueDate: '2025-12-15' },
  ]

  it('R-COB-03 the totals are those of the case (liquidateDebt) and each line is capital plus its interest', () => {
    const liquidation = liquidateForLcd({ lines, cutOffDate: '2026-06-30', rates: RATES })
    const kept = liquidateDebt({ lines, cutOffDate: '2026-06-30', rates: RATES })
    expect({ capital: liquidation.capital, interest: liquidation.interest, total: liquidation.total }).toEqual(kept)
    for (const line of liquidation.lines) expect(line.total).toBe(line.capital + line.interest)
  })

  it('R-INT-01 the months add up exactly to each line, each at the rate in force on its first day', () => {
    const liquidation = liquidateForLcd({ lines, cutOffDate: '2026-06-30', rates: RATES })
    for (const line of liquidation.lines) expect(line.months.reduce((s, m) => s + m.interest, 0)).toBe(line.interest)
    const recovery = liquidation.lines[1]!
    expect(recovery.months[0]).toMatchObject({ from: '2025-12-15', to: '2026-01-15', annualRatePercent: '25' })
    expect(recovery.months[1]).toMatchObject({ from: '2026-01-15', annualRatePercent: '26.76' })
    // 999.999 × 25 % / 12 = 20.833,31 → the first month's interest, rounded
    expect(recovery.months[0]!.interest).toBe(20_833)
  })
})

// The first render loads pdfkit's fonts and the PDF reader: slow on a busy 2-core machine.
describe('act templates rendered to PDF and read back', { timeout: 30_000 }, () => {
  it('R-COB-03 the LCD states the debtor, the cut-off in words, the liquidation table and the total in words and figures', async () => {
    const { text } = await render('LCD')
    const { lcd } = actData()
    expect(text).toContain('LIQUIDACIÓN CERTIFICADA DE DEUDA')
    expect(text).toContain('CONSTRUCTORA ÑANDÚ S.A.S., identificado(a) con NIT 900123456')
    expect(text).toContain('treinta (30) de junio de dos mil veintiséis (2026)')
    expect(text).toContain('Bogotá D.C., primero (1) de julio de dos mil veintiséis (2026)')
    expect(text).toContain('enero de 2026')
    expect(text).toContain('Recobro de prestaciones')
    expect(text).toContain('26,76 %')
    expect(lcd!.total).toBe(3_550_621)
    expect(text).toContain('TRES MILLONES QUINIENTOS CINCUENTA MIL SEISCIENTOS VEINTIÚN PESOS M/CTE ($ 3.550.621)')
    expect(text).toContain('diez (10) días hábiles')
    expect(text).toContain('BORRADOR — SIN FIRMA')
    expect(text).toContain('NOTIFÍQUESE Y CÚMPLASE')
    expect(text).toMatch(/Página 1 de \d/)
  })

  it('R-COB-10 the payment order holds §7.3.12: titles, amounts in words and figures, 15 business days, the bank account, the executor', async () => {
    const { text } = await render('MANDAMIENTO', { stage: 'COACTIVO', signer: { name: 'Ana Ejecutora', office: 'Funcionario Ejecutor', signedOn: '2026-09-01' } })
    expect(text).toContain('MANDAMIENTO DE PAGO N.º MP-2026-0007')
    expect(text).toContain('LCD COB-2026-0001')
    expect(text).toContain('TRES MILLONES DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SESENTA Y SIETE PESOS M/CTE ($ 3.234.567)')
    expect(text).toContain('quince (15) días hábiles')
    expect(text).toContain('Cuenta corriente No. 000-12345-6 del Banco de Bogotá')
    expect(text).toContain('excepciones del artículo 831')
    expect(text).toContain('Ana Ejecutora')
    expect(text).not.toContain('BORRADOR')
  })

  it('R-COB-04 the citation gives five business days to appear; the notice warns when notification is deemed done', async () => {
    expect((await render('CITACION')).text).toContain('cinco (5) días hábiles contados a partir del recibo de esta citación')
    const notice = (await render('AVISO', { notification: { act: 'LCD', citationSentOn: null, appearanceDeadline: null, noticeTakeDownOn: '2026-07-14', notifiedOn: null } })).text
    expect(notice).toContain('cinco (5) días hábiles, hasta el catorce (14) de julio de dos mil veintiséis (2026)')
    expect(notice).toContain('al finalizar el día siguiente al retiro del aviso')
  })

  it('R-COB-02 the default notice goes with the notice of non-compliance and states the capital in words', async () => {
    const { text } = await render('CONSTITUCION_EN_MORA', { stage: 'PERSUASIVO' })
    expect(text).toContain('CONSTITUCIÓN EN MORA Y AVISO DE INCUMPLIMIENTO')
    expect(text).toContain('diecisiete (17) de febrero de dos mil veintiséis (2026)')
    expect(text).toContain('($ 3.234.567)')
    expect(text).toContain('Atentamente,')
    expect(text).not.toContain('NOTIFÍQUESE')
  })

  it('R-COB-12 the exceptions decision names each exception and rules on it; R-COB-16 the auction states 70 % and 40 %', async () => {
    const exceptions = [{ ground: 'PRESCRIPCION', filedOn: '2026-09-20', decision: 'NO_PROBADA' as const, decidedOn: '2026-10-10', appealFiledOn: null, appealDecidedOn: null }]
    const decision = (await render('DECISION_EXCEPCIONES', { stage: 'COACTIVO', exceptions })).text
    expect(decision).toContain('"Prescripción de la acción de cobro", que se encuentra no probada')
    expect(decision).toContain('DECLARAR NO PROBADAS')
    const auction = { appraisal: 10_000_000, announcedOn: '2026-11-01', auctionOn: '2026-11-20', baseBid: 7_000_000, deposit: 4_000_000, balanceDueBy: null }
    const announcement = (await render('AVISO_REMATE', { stage: 'COACTIVO', auction })).text
    expect(announcement).toContain('SIETE MILLONES DE PESOS M/CTE ($ 7.000.000)')
    expect(announcement).toContain('CUATRO MILLONES DE PESOS M/CTE ($ 4.000.000)')
    expect(announcement).toContain('domingo primero (1) de noviembre de dos mil veintiséis (2026)')
  })

  it('R-COB-05 the appeal decision is not subject to appeal and becomes final five days after notification', async () => {
    const { text } = await render('DECISION_RECURSO')
    expect(text).toContain('RESOLUCIÓN QUE DECIDE EL RECURSO DE REPOSICIÓN')
    expect(text).toContain('cinco (5) días después de su notificación')
  })
})

describe('the signature stays with the act (R-COB-03)', { timeout: 60_000 }, () => {
  /** The text of each page, as a reader extracts it. */
  const pagesOf = async (bytes: Uint8Array) => {
    const { extractText, getDocumentProxy } = await import('unpdf')
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false })
    return (text as string[]).map((t) => t.replace(/\s+/g, ' '))
  }

  it('R-COB-03 a signed LCD whose body fills its first page carries its last paragraph onto the signature page, never the signature alone', async () => {
    // One period liquidated over three months and no collection account in the settings: the body ends at the foot of page 1.
    const lines = [{ period: '2026-08', concept: 'APORTES_EN_MORA', contributors: 3, capital: 3_000_000, dueDate: '2026-08-23' }]
    const liquidation = liquidateForLcd({ lines, cutOffDate: '2026-11-06', rates: RATES })
    const data = actData({
      date: '2026-12-01',
      letterhead: { insurerName: 'Positiva Compañía de Seguros S.A.', insurerNit: '860.011.153-6', branchName: 'Bogotá 713063', branchAddress: '', branchCity: 'Bogotá', branchPhone: '', branchEmail: '' },
      bankAccount: { bank: '(banco sin registrar en Parámetros)', accountType: 'Cuenta corriente', number: '(sin registrar)', holder: 'Positiva Compañía de Seguros S.A.' },
      caseTitle: '1679061163 · Ana 713063',
      debtor: { name: 'Ana 713063', idType: 'CC', idNumber: '1679061163', address: '', city: '', email: '' },
      debt: { lines, capital: 3_000_000 },
      lcd: { ...liquidation, cutOffDate: '2026-11-06', issuedOn: '2026-12-01', notifiedOn: null, finalOn: null },
      signer: { name: 'gerente-bog', office: 'Gerente de Sucursal', signedOn: '2026-12-01' },
    } as never)
    const pages = await pagesOf(await renderActPdf(data.letterhead, ACT_TEMPLATES.LCD(data)))
    const signaturePage = pages.find((p) => p.includes('NOTIFÍQUESE Y CÚMPLASE'))!
    expect(signaturePage).toContain('Firmado el 01/12/2026')
    expect(signaturePage).toContain('RECURSOS: Contra la presente liquidación')
  })
})
