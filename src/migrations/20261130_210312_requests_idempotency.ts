import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "requests" ADD COLUMN "idempotency_key" varchar;
  ALTER TABLE "requests" ADD COLUMN "idempotency_fingerprint" varchar;
  CREATE UNIQUE INDEX "requests_idempotency_key_idx" ON "requests" USING btree ("idempotency_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "requests_idempotency_key_idx";
  ALTER TABLE "requests" DROP COLUMN "idempotency_key";
  ALTER TABLE "requests" DROP COLUMN "idempotency_fingerprint";`)
}
