import { describe, expect, it } from 'vitest'

import { importPhaseText } from '@/rules/imports/importPhase'

describe('CARGA-01 what a load is doing, in words', () => {
  it('CARGA-01 says a queued load waits for the job runner, within the minute', () => {
    expect(importPhaseText({ status: 'EN_COLA' })).toMatch(/menos de un minuto/)
  })

  it('CARGA-01 tells reading the file, checking rows and writing to the database apart', () => {
    expect(importPhaseText({ status: 'EN_PROCESO', rowsTotal: 0, rowsDone: 0 })).toBe('Leyendo el archivo…')
    expect(importPhaseText({ status: 'EN_PROCESO', rowsTotal: 100_000, rowsDone: 15_000 })).toMatch(/^Revisando las filas/)
    expect(importPhaseText({ status: 'EN_PROCESO', rowsTotal: 100_000, rowsDone: 100_000 })).toMatch(/Guardando en la base de datos/)
  })

  it('CARGA-01 says nothing once the load has ended', () => {
    for (const status of ['CARGADA', 'CARGADA_CON_ERRORES', 'RECHAZADA', 'OMITIDA', 'CANCELADA', 'FALLIDA'] as const) expect(importPhaseText({ status })).toBeNull()
  })
})
