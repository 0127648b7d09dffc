/** Port of the embedded PostgreSQL of a local run: not 5432, so it never collides with a system server. */
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329)
export const EMBEDDED_DATABASE = 'cobranzas'

/** DATABASE_URL when set (docker-compose, production, tests); otherwise the embedded server. */
export const databaseUrl = (): string =>
  process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/${EMBEDDED_DATABASE}`
