/**
 * npm run docs:security — writes the role × operation matrix (src/auth/accessMatrix.ts) into the
 * "Lo que cada rol puede leer y cambiar" section of docs/security.md, between its markers. The rest
 * of the document is written by hand and left as it is. tests/unit/securityDoc.test.ts fails when
 * the committed document and the matrix differ.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withAccessMatrix } from '@/auth/renderAccessMatrix'

const docPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/security.md')

const main = async () => {
  const before = await readFile(docPath, 'utf8')
  const after = withAccessMatrix(before)
  if (after === before) {
    console.log('docs/security.md ya está al día con la matriz de acceso.')
    return
  }
  await writeFile(docPath, after)
  console.log('docs/security.md: matriz de acceso regenerada.')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
