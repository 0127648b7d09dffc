import pg from 'pg'

import { appLogger } from '@/logging/appLogger'
import { requestContext, type RequestContext } from '@/logging/requestContext'
import { isDatabaseUnavailable } from './databaseUnavailable'

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void

/**
 * node-postgres' Pool emits 'error' when the server ends an idle pooled connection (a restart, a
 * failover); with no listener Node ends the process. Here it is one log line and the pool opens a
 * new connection when next asked. A failed connection attempt, or a query cut by the server, is
 * also noted on the current HTTP request, so that its response says "database unavailable" even where Payload swallowed the
 * error (the JWT strategy turns a failed user lookup into an anonymous request).
 */
class ResilientPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config)
    this.on('error', (error: Error & { code?: string }) => {
      appLogger.warn({ code: error.code, msg: `Conexión con PostgreSQL perdida (se abrirá otra): ${error.message}` })
    })
    this.on('connect', watchQueries)
  }

  connect(): Promise<pg.PoolClient>
  connect(callback: ConnectCallback): void
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    // The request is the caller's: a callback may run in whichever request's context freed a client.
    const request = requestContext.getStore()
    if (callback) {
      return super.connect((err, client, done) => {
        if (err) noteDatabaseFailure(request, err)
        callback(err, client, done)
      })
    }
    return super.connect().catch((error: unknown) => {
      noteDatabaseFailure(request, error)
      throw error
    })
  }
}

const noteDatabaseFailure = (request: RequestContext | undefined, error: unknown) => {
  if (request && isDatabaseUnavailable(error)) request.databaseFailure = error
}

/** Notes the queries of a pooled client that fail because the server went away. */
const watchQueries = (client: pg.PoolClient) => {
  // node-postgres' query() has a dozen overloads (callback or promise); this only watches the outcome.
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client.query = ((...args: unknown[]) => {
    const request = requestContext.getStore()
    const callback = args.at(-1)
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        if (error) noteDatabaseFailure(request, error)
        callback(error, result)
      }
      return query(...args)
    }
    const result = query(...args)
    if (result instanceof Promise) result.catch((error: unknown) => noteDatabaseFailure(request, error))
    return result
  }) as typeof client.query
}

/** The `pg` module given to the Postgres adapter: the same, with the pool above. */
export const resilientPg = { ...pg, Pool: ResilientPool } as typeof pg
