import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (not derived from a collection): the table where rate-limiter-flexible keeps the
 * sign-in and password-reset counters (src/auth/authRateLimits.ts, `tableCreated: true`). Same
 * columns the library would create: key = "<limiter>:<ip|account>", points spent, expiry (ms).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "auth_rate_limits" (
    "key" varchar(255) PRIMARY KEY,
    "points" integer NOT NULL DEFAULT 0,
    "expire" bigint
  );
  CREATE INDEX IF NOT EXISTS "auth_rate_limits_expire_idx" ON "auth_rate_limits" USING btree ("expire");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "auth_rate_limits";`)
}
