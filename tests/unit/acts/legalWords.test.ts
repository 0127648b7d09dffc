import { describe, expect, it } from 'vitest'

import { countInWords, dateInFigures, dateInWords, pesosInWords, periodInWords } from '@/rules/acts/legalWords'

const plain = (s: string) => s.replace(/\u00a0/g, ' ')

describe('amounts in words and figures (R-COB-10, 001 §7.3.12 item 6)', () => {
  it('R-COB-10 an amount reads in capitals, pesos M/CTE, and its figure with Colombian grouping', () => {
    expect(plain(pesosInWords(1_234_567))).toBe(
      'UN MILLÓN DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SESENTA Y SIETE PESOS M/CTE ($ 1.234.567)',
    )
    expect(plain(pesosInWords(1_500))).toBe('MIL QUINIENTOS PESOS M/CTE ($ 1.500)')
  })

  it('R-COB-10 whole millions take "de"; one peso is singular', () => {
    expect(plain(pesosInWords(1_000_000))).toBe('UN MILLÓN DE PESOS M/CTE ($ 1.000.000)')
    expect(plain(pesosInWords(5_000_000))).toBe('CINCO MILLONES DE PESOS M/CTE ($ 5.000.000)')
    expect(plain(pesosInWords(1))).toBe('UN PESO M/CTE ($ 1)')
  })

  it('R-COB-10 "uno" shortens before mil, millones and pesos; dieciséis keeps its accent', () => {
    expect(plain(pesosInWords(41_321_021))).toBe('CUARENTA Y UN MILLONES TRESCIENTOS VEINTIÚN MIL VEINTIÚN PESOS M/CTE ($ 41.321.021)')
    expect(plain(pesosInWords(101_000))).toBe('CIENTO UN MIL PESOS M/CTE ($ 101.000)')
    expect(plain(pesosInWords(16_316))).toBe('DIECISÉIS MIL TRESCIENTOS DIECISÉIS PESOS M/CTE ($ 16.316)')
  })

  it('R-COB-10 the figure never breaks from its sign (no-break space)', () => {
    expect(pesosInWords(2_000)).toContain('($\u00a02.000)')
  })

  it('R-MON-01 a fraction of a peso or a negative amount is refused', () => {
    expect(() => pesosInWords(10.5)).toThrow(/R-MON-01|entero/)
    expect(() => pesosInWords(-1)).toThrow(/entero/)
  })
})

describe('dates and terms in words and figures (001 §7.3.12 item 2)', () => {
  it('R-COB-10 a date reads in words with its figures; the first of the month is "primero"', () => {
    expect(dateInWords('2026-12-01')).toBe('primero (1) de diciembre de dos mil veintiséis (2026)')
    expect(dateInWords('2027-01-21')).toBe('veintiuno (21) de enero de dos mil veintisiete (2027)')
    expect(dateInWords('2026-06-30T05:00:00.000Z')).toBe('treinta (30) de junio de dos mil veintiséis (2026)')
  })

  it('R-COB-10 figures, periods and terms', () => {
    expect(dateInFigures('2026-03-16')).toBe('16/03/2026')
    expect(periodInWords('2026-02')).toBe('febrero de 2026')
    expect(countInWords(15)).toBe('quince (15)')
  })

  it('R-COB-10 an impossible date is refused', () => {
    expect(() => dateInWords('2026-02-30')).toThrow(/no existe/)
  })
})
