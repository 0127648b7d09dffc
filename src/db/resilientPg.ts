import pg from 'pg'

import { appLogger } from '../logging/appLogger'
import { requestContext } from '../logging/requestContext'
import { isDatabaseUnavailable } from './databaseUnavailable'

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void

/**
 * node-postgres' Pool emits 'error' when the server ends an idle pooled connection (a restart, a
 * failover); with no listener Node ends the process. Here it is one log line and the pool opens a
 * new connection when next asked. A failed connection attempt is also noted on the current HTTP
 * request, so that its response says "database unavailable" even where Payload swallowed the
 * error (the JWT strategy turns a failed user lookup into an anonymous request).
 */
class ResilientPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config)
    this.on('error', (error: Error & { code?: string }) => {
      appLogger.warn({ code: error.code, msg: `Conexión con PostgreSQL perdida (se abrirá otra): ${error.message}` })
    })
  }

  connect(): Promise<pg.PoolClient>
  connect(callback: ConnectCallback): void
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (callback) {
      return super.connect((err, client, done) => {
        if (err) noteDatabaseFailure(err)
        callback(err, client, done)
      })
    }
    return super.connect().catch((error: unknown) => {
      noteDatabaseFailure(error)
      throw error
    })
  }
}

const noteDatabaseFailure = (error: unknown) => {
  const store = requestContext.getStore()
  if (store && isDatabaseUnavailable(error)) store.databaseFailure = error
}

/** The `pg` module given to the Postgres adapter: the same, with the pool above. */
export const resilientPg = { ...pg, Pool: ResilientPool } as typeof pg
