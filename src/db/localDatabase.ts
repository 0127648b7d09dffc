import path from 'path'

import { EMBEDDED_DATABASE, EMBEDDED_PORT } from './databaseUrl'
import { startEmbeddedPostgres, type RunningPostgres } from './embeddedPostgres'
import { postgresCanEnter, reachableDirFor, runsAsRoot } from './postgresSystemUser'

/**
 * `.data/postgres` of the project, unless the server (run as the `postgres` system user when we
 * are root) cannot enter the project folder, e.g. a clone under /root: then a folder of this
 * project's own under /var/tmp.
 */
const defaultDataDir = (projectDir: string): string => {
  if (runsAsRoot() && !postgresCanEnter(projectDir)) return reachableDirFor(projectDir, 'postgres')
  return path.resolve(projectDir, '.data/postgres')
}

/**
 * The database of a local run: the server in DATABASE_URL when set, otherwise an embedded
 * PostgreSQL whose data lives in `.data/postgres` (git-ignored; see defaultDataDir) and survives restarts.
 */
export const ensureLocalDatabase = async (): Promise<RunningPostgres | null> => {
  if (process.env.DATABASE_URL) return null
  const dataDir = process.env.EMBEDDED_PG_DIR ? path.resolve(process.env.EMBEDDED_PG_DIR) : defaultDataDir(process.cwd())
  console.log(`▸ PostgreSQL embebido en el puerto ${EMBEDDED_PORT} (datos en ${dataDir})`)
  const running = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT, database: EMBEDDED_DATABASE })
  process.env.DATABASE_URL = running.url
  return running
}
