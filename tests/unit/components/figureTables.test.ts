import { describe, expect, it } from 'vitest'

import { auditChangeRows, figureTables, formatCount, formatFigure } from '@/components/figures/figureTables'

describe('figures shown as tables in the admin (issue 14)', () => {
  it('pesos with thousands separators, counts grouped, percentages with a decimal comma', () => {
    expect(formatFigure('amount', 4_600_000).text).toBe('$ 4.600.000')
    expect(formatFigure('capital', 0).text).toBe('$ 0')
    expect(formatFigure('policies', 12_345)).toEqual({ text: '12.345', numeric: true })
    expect(formatFigure('recoveryPercent', 12.5).text).toBe('12,5 %')
    expect(formatCount(-1234.5)).toBe('-1.234,5')
  })

  it('codes as their Spanish labels, dates as dd/mm/aaaa, branch ids as names', () => {
    expect(formatFigure('bucket', '90+').text).toBe('+ 90 días')
    expect(formatFigure('to', 'PAGADA').text).toBe('Pagada')
    expect(formatFigure('lineOfBusiness', 'AU-LIVIANOS').text).toBe('Autos livianos')
    expect(formatFigure('createdOn', '2026-11-03').text).toBe('03/11/2026')
    expect(formatFigure('branch', 7, { branches: { '7': 'Bogotá' } }).text).toBe('Bogotá')
    expect(formatFigure('branch', null).text).toBe('Sin sucursal')
  })

  it("a snapshot's rows are one table with Spanish headings; numeric columns marked", () => {
    const [table, ...rest] = figureTables(
      [{ branch: 1, lineOfBusiness: 'SOAT', bucket: '1-45', policies: 3, amount: 4_600_000 }],
      { branches: { '1': 'Bogotá' } },
    )
    expect(rest).toEqual([])
    expect(table!.head.map((h) => h.text)).toEqual(['Sucursal', 'Ramo', 'Franja de mora', 'Pólizas', 'Valor'])
    expect(table!.head.map((h) => h.numeric)).toEqual([false, false, false, true, true])
    expect(table!.rows[0]!.map((c) => c.text)).toEqual(['Bogotá', 'SOAT', '1-45 días', '3', '$ 4.600.000'])
  })

  it("a report's figures: a Concepto/Valor table, then one table per list, ids hidden behind names and labels", () => {
    const tables = figureTables({
      period: '2026-11',
      openCapital: 4_600_000,
      paymentsObtained: { count: 2, amount: 150_000 },
      casesByStage: [{ stage: 'PERSUASIVO', label: 'Cobro persuasivo', count: 1, capital: 4_600_000 }],
      balancesToAdjust: [{ debtor: 9, debtorName: 'Ana Pérez', paid: 150_000, payments: 2 }],
    })
    expect(tables).toHaveLength(3)
    expect(tables[0]!.head.map((h) => h.text)).toEqual(['Concepto', 'Valor'])
    expect(tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Periodo', '2026-11'],
      ['Capital abierto', '$ 4.600.000'],
      ['Pagos obtenidos', 'Cantidad: 2 · Valor: $ 150.000'],
    ])
    expect(tables[1]!.caption).toBe('Expedientes por etapa')
    expect(tables[1]!.head.map((h) => h.text)).toEqual(['Concepto', 'Cantidad', 'Capital'])
    expect(tables[2]!.head.map((h) => h.text)).toEqual(['Deudor', 'Pagos', 'Pagado'])
    expect(tables[2]!.rows[0]!.map((c) => c.text)).toEqual(['Ana Pérez', '2', '$ 150.000'])
  })

  it("columns in reading order whatever order jsonb stored the keys in (it sorts them by length)", () => {
    const [table] = figureTables([{ to: 'PAGADA', from: '1-45', amount: 10, branch: null, policies: 1, lineOfBusiness: 'HOGAR' }])
    expect(table!.head.map((h) => h.text)).toEqual(['Sucursal', 'Ramo', 'Franja anterior', 'Franja actual', 'Pólizas', 'Valor'])
  })

  it("an audit entry's changes: Campo / Antes / Después by the field's label, values as stored (a status is not read as a bucket)", () => {
    const labels: Record<string, string> = { paymentStatus: 'Estado de pago', dueDate: 'Vencimiento' }
    const rows = auditChangeRows(
      [
        { field: 'paymentStatus', from: 'PENDIENTE', to: 'PAGADA' },
        { field: 'dueDate', from: '2026-11-14T12:00:00.000Z', to: null },
        { field: 'notes', from: null, to: 'Llamó el deudor' },
      ],
      (f) => labels[f] ?? f,
    )
    const [table] = figureTables(rows)
    expect(table!.head.map((h) => h.text)).toEqual(['Campo', 'Antes', 'Después'])
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Estado de pago', 'PENDIENTE', 'PAGADA'],
      ['Vencimiento', '14/11/2026', '—'],
      ['notes', '—', 'Llamó el deudor'],
    ])
  })

  it("an import's counts: one row per table, its created / updated / unchanged in words", () => {
    const [table] = figureTables({ policies: { inserted: 2, updated: 1, unchanged: 0 }, parties: { inserted: 3, updated: 0, unchanged: 1 } })
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Terceros', 'Creados: 3 · Actualizados: 0 · Sin cambios: 1'],
      ['Pólizas', 'Creados: 2 · Actualizados: 1 · Sin cambios: 0'],
    ])
  })

  it('anything else than a list of { field, from, to } is left for the plain tables', () => {
    expect(auditChangeRows({ ip: '10.0.0.1' }, String)).toEqual({ ip: '10.0.0.1' })
    expect(auditChangeRows([{ from: 1 }], String)).toEqual([{ from: 1 }])
  })

  it('nothing stored yet: no table', () => {
    expect(figureTables(null)).toEqual([])
  })
})
