import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const CODE_DIRS = ['src', 'collections', 'globals', 'hooks', 'access', 'scripts']

const codeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : codeFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('payload-types.ts') ? [full] : []
  })

describe('R-NOT-03 mail goes through the queue only', () => {
  it('R-NOT-03 payload.sendEmail is called in one place, the delivery of a queued message', () => {
    const callers = CODE_DIRS.flatMap((dir) => codeFiles(path.join(root, dir)))
      .filter((file) => /\.sendEmail\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file))
    expect(callers).toEqual(['src/email/deliverEmailMessage.ts'])
  })
})
