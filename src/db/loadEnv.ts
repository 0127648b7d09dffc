/**
 * Reads `.env` (and `.env.local`, `.env.development`/`.env.production`…) from the directory the
 * command runs in, with the same files, precedence and parser as `next dev`/`next start` and the
 * `payload` CLI (all three use @next/env). Import it FIRST in every entry point, before any module
 * reads process.env. A variable already set in the environment always wins over the files.
 * Test runs (vitest) set their own environment and never read a developer's `.env`.
 */
import * as nextEnvModule from '@next/env'

// Node (tsx, the payload CLI) sees the CommonJS module as `default`; next dev --webpack as the namespace itself.
type NextEnv = Pick<typeof nextEnvModule, 'loadEnvConfig'>
const nextEnv: NextEnv = 'loadEnvConfig' in nextEnvModule ? nextEnvModule : (nextEnvModule as unknown as { default: NextEnv }).default

if (!process.env.VITEST) {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', { info: () => {}, error: console.error })
}
