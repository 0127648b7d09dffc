import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { ACCESS_MATRIX, ACTORS } from '@/auth/accessMatrix'
import { MATRIX_END, MATRIX_START, renderAccessMatrix, withAccessMatrix } from '@/auth/renderAccessMatrix'

const doc = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/security.md'), 'utf8')

describe('docs/security.md and the access matrix', () => {
  it('R-ROL-01 the committed document holds exactly the matrix the integration test runs (npm run docs:security)', () => {
    expect(doc).toContain(MATRIX_START)
    expect(doc).toContain(MATRIX_END)
    expect(withAccessMatrix(doc)).toBe(doc)
  })

  it('R-ROL-01 every cell has an outcome for anonymous and each of the 10 roles, and one row in the document', () => {
    expect(ACTORS).toHaveLength(11)
    const rendered = renderAccessMatrix()
    for (const cell of ACCESS_MATRIX) {
      expect(Object.keys(cell.expected).sort()).toEqual([...ACTORS].sort())
      expect(rendered).toContain(`| ${cell.label.es.replace(/\|/g, '\\|')} |`)
    }
  })

  it('R-ROL-01 the document keeps its hand-written sections around the generated one', () => {
    for (const heading of ['## Modelo de amenazas', '## Lo que cada rol puede leer y cambiar', '## Límites', '## Despliegue seguro']) {
      expect(doc).toContain(heading)
    }
    expect(doc.indexOf('## Lo que cada rol puede leer y cambiar')).toBeLessThan(doc.indexOf(MATRIX_START))
  })
})
