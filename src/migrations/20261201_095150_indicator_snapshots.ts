import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_indicator_snapshots_status" AS ENUM('BORRADOR', 'PUBLICADO');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'indicatorSnapshot';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'indicatorSnapshot';
  CREATE TABLE "indicator_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"period" varchar NOT NULL,
  	"status" "enum_indicator_snapshots_status" DEFAULT 'BORRADOR' NOT NULL,
  	"cut_off" timestamp(3) with time zone,
  	"notes" varchar,
  	"taken_at" timestamp(3) with time zone,
  	"taken_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"published_by_id" integer,
  	"portfolio" jsonb,
  	"transitions" jsonb,
  	"cases" jsonb,
  	"agreements" jsonb,
  	"recovery" jsonb,
  	"policy_states" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "indicator_snapshots_id" integer;
  ALTER TABLE "indicator_snapshots" ADD CONSTRAINT "indicator_snapshots_taken_by_id_users_id_fk" FOREIGN KEY ("taken_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_snapshots" ADD CONSTRAINT "indicator_snapshots_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "indicator_snapshots_period_idx" ON "indicator_snapshots" USING btree ("period");
  CREATE INDEX "indicator_snapshots_status_idx" ON "indicator_snapshots" USING btree ("status");
  CREATE INDEX "indicator_snapshots_taken_by_idx" ON "indicator_snapshots" USING btree ("taken_by_id");
  CREATE INDEX "indicator_snapshots_published_at_idx" ON "indicator_snapshots" USING btree ("published_at");
  CREATE INDEX "indicator_snapshots_published_by_idx" ON "indicator_snapshots" USING btree ("published_by_id");
  CREATE INDEX "indicator_snapshots_updated_at_idx" ON "indicator_snapshots" USING btree ("updated_at");
  CREATE INDEX "indicator_snapshots_created_at_idx" ON "indicator_snapshots" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_snapshots_fk" FOREIGN KEY ("indicator_snapshots_id") REFERENCES "public"."indicator_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_indicator_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_snapshots_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "indicator_snapshots" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "indicator_snapshots" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_indicator_snapshots_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deadlineSweep', 'sendEmail', 'recomputeTerms', 'importPayouts');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deadlineSweep', 'sendEmail', 'recomputeTerms', 'importPayouts');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_indicator_snapshots_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "indicator_snapshots_id";
  DROP TYPE "public"."enum_indicator_snapshots_status";`)
}
