import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_logs_event" AS ENUM('login', 'login_failed', 'rate_limited', 'password_reset_requested', 'password_reset', 'password_changed');
  ALTER TYPE "public"."enum_audit_logs_operation" ADD VALUE 'auth';
  ALTER TABLE "users" ADD COLUMN "active" boolean DEFAULT true;
  ALTER TABLE "audit_logs" ADD COLUMN "event" "enum_audit_logs_event";
  CREATE INDEX "users_active_idx" ON "users" USING btree ("active");
  CREATE INDEX "audit_logs_event_idx" ON "audit_logs" USING btree ("event");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_logs" ALTER COLUMN "operation" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_logs_operation";
  CREATE TYPE "public"."enum_audit_logs_operation" AS ENUM('create', 'update', 'delete');
  ALTER TABLE "audit_logs" ALTER COLUMN "operation" SET DATA TYPE "public"."enum_audit_logs_operation" USING "operation"::"public"."enum_audit_logs_operation";
  DROP INDEX "users_active_idx";
  DROP INDEX "audit_logs_event_idx";
  ALTER TABLE "users" DROP COLUMN "active";
  ALTER TABLE "audit_logs" DROP COLUMN "event";
  DROP TYPE "public"."enum_audit_logs_event";`)
}
