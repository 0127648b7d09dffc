import { describe, expect, it } from 'vitest'

import { assertActDocument } from '@/rules/cases/actDocuments'

const pdf = 'application/pdf'

describe('assertActDocument', () => {
  it('R-COB-08 the signed LCD is linked as a PDF once issued', () => {
    expect(() => assertActDocument({ act: 'LCD', issuedOn: '2026-06-01', attachedBefore: null, mimeType: pdf })).not.toThrow()
    expect(() => assertActDocument({ act: 'LCD', issuedOn: '2026-06-01', attachedBefore: null, mimeType: 'image/png' })).toThrow(
      'se adjunta en PDF',
    )
  })

  it('R-COB-17 no document before the act is issued, and a linked one is neither swapped nor removed', () => {
    expect(() => assertActDocument({ act: 'MANDAMIENTO', issuedOn: null, attachedBefore: null, mimeType: pdf })).toThrow(
      'cuando esté librado',
    )
    expect(() => assertActDocument({ act: 'LCD', issuedOn: '2026-06-01', attachedBefore: 7, mimeType: pdf })).toThrow('no se reemplaza')
  })
})
