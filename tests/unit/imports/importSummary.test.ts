import { describe, expect, it } from 'vitest'

import { importSummary } from '@/rules/imports/importSummary'

const heading = (table: string) => ({ policies: 'Pólizas', certificates: 'Certificados' })[table] ?? table

describe('CARGA-01 the one-line result of a load', () => {
  it('CARGA-01 groups thousands as Colombia reads them and names replaced certificates', () => {
    expect(
      importSummary({ policies: { inserted: 100_000, updated: 0, unchanged: 1_234 }, certificates: { inserted: 100_000, updated: 12, unchanged: 0, deleted: 3 } }, heading, 0),
    ).toBe('Pólizas: 100.000 creados, 0 actualizados, 1.234 sin cambios; Certificados: 100.000 creados, 12 actualizados, 0 sin cambios, 3 eliminados.')
  })

  it('CARGA-01 counts the rows refused, in the singular for one', () => {
    expect(importSummary({ parties: { inserted: 2, updated: 0, unchanged: 0 } }, heading, 1)).toBe('parties: 2 creados, 0 actualizados, 0 sin cambios. 1 fila rechazada.')
    expect(importSummary({ parties: { inserted: 2, updated: 0, unchanged: 0 } }, heading, 1_500)).toBe('parties: 2 creados, 0 actualizados, 0 sin cambios. 1.500 filas rechazadas.')
  })
})
