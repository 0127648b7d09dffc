import { existsSync, readFileSync } from 'fs'
import path from 'path'
import { describe, expect, it } from 'vitest'

// The admin's import map (npm run generate:importmap) names a file for every custom component a
// config points to; a missing one only shows when Next.js compiles the admin.
const ADMIN_DIR = path.resolve(__dirname, '../../../src/app/(payload)/admin')
const EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js', '/index.tsx', '/index.ts']

describe('admin import map', () => {
  it('every custom component it imports exists in the repository', () => {
    const source = readFileSync(path.join(ADMIN_DIR, 'importMap.js'), 'utf8')
    const relative = [...source.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!)
    expect(relative.length).toBeGreaterThan(10)
    const missing = relative.filter((file) => !EXTENSIONS.some((ext) => existsSync(path.resolve(ADMIN_DIR, file) + ext)))
    expect(missing).toEqual([])
  })
})
