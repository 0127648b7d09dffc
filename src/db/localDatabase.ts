import path from 'path'

import { EMBEDDED_DATABASE, EMBEDDED_PORT } from './databaseUrl'
import { startEmbeddedPostgres, type RunningPostgres } from './embeddedPostgres'

/**
 * The database of a local run: the server in DATABASE_URL when set, otherwise an embedded
 * PostgreSQL whose data lives in `.data/postgres` (git-ignored) and survives restarts.
 */
export const ensureLocalDatabase = async (): Promise<RunningPostgres | null> => {
  if (process.env.DATABASE_URL) return null
  const dataDir = path.resolve(process.cwd(), process.env.EMBEDDED_PG_DIR ?? '.data/postgres')
  console.log(`▸ PostgreSQL embebido en el puerto ${EMBEDDED_PORT} (datos en ${dataDir})`)
  const running = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT, database: EMBEDDED_DATABASE })
  process.env.DATABASE_URL = running.url
  return running
}
