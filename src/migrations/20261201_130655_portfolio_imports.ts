import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_portfolio_imports_kind" AS ENUM('TERCEROS', 'POLIZAS');
  CREATE TYPE "public"."enum_portfolio_imports_mode" AS ENUM('TODO_O_NADA', 'FILAS_VALIDAS');
  CREATE TYPE "public"."enum_portfolio_imports_status" AS ENUM('EN_COLA', 'EN_PROCESO', 'CARGADA', 'CARGADA_CON_ERRORES', 'RECHAZADA', 'OMITIDA', 'CANCELADA', 'FALLIDA');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'importPortfolio';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'importPortfolio';
  CREATE TABLE "portfolio_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_portfolio_imports_kind" NOT NULL,
  	"mode" "enum_portfolio_imports_mode" DEFAULT 'TODO_O_NADA' NOT NULL,
  	"status" "enum_portfolio_imports_status" DEFAULT 'EN_COLA',
  	"rows_total" numeric DEFAULT 0,
  	"rows_done" numeric DEFAULT 0,
  	"rows_failed" numeric DEFAULT 0,
  	"counts" jsonb,
  	"row_errors" jsonb,
  	"message" varchar,
  	"cancel_requested" boolean DEFAULT false,
  	"file_hash" varchar,
  	"imported_by_id" integer,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "portfolio_imports_id" integer;
  ALTER TABLE "portfolio_imports" ADD CONSTRAINT "portfolio_imports_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "portfolio_imports_kind_idx" ON "portfolio_imports" USING btree ("kind");
  CREATE INDEX "portfolio_imports_status_idx" ON "portfolio_imports" USING btree ("status");
  CREATE INDEX "portfolio_imports_file_hash_idx" ON "portfolio_imports" USING btree ("file_hash");
  CREATE INDEX "portfolio_imports_imported_by_idx" ON "portfolio_imports" USING btree ("imported_by_id");
  CREATE INDEX "portfolio_imports_updated_at_idx" ON "portfolio_imports" USING btree ("updated_at");
  CREATE INDEX "portfolio_imports_created_at_idx" ON "portfolio_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "portfolio_imports_filename_idx" ON "portfolio_imports" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_portfolio_imports_fk" FOREIGN KEY ("portfolio_imports_id") REFERENCES "public"."portfolio_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_portfolio_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("portfolio_imports_id");`)
  // Issue 13 item 1: a certificate's natural key is (policy, number) (R-CAR-04 refuses a repeated
  // number), the target of the portfolio import's upsert. Not a Payload field index: raw SQL.
  await db.execute(sql`
  CREATE UNIQUE INDEX IF NOT EXISTS "policies_certificates_parent_number_idx" ON "policies_certificates" USING btree ("_parent_id", "number");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "policies_certificates_parent_number_idx";
   ALTER TABLE "portfolio_imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "portfolio_imports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_portfolio_imports_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deadlineSweep', 'sendEmail', 'recomputeTerms', 'importPayouts', 'indicatorSnapshot', 'monthlyAssignment');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deadlineSweep', 'sendEmail', 'recomputeTerms', 'importPayouts', 'indicatorSnapshot', 'monthlyAssignment');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_portfolio_imports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "portfolio_imports_id";
  DROP TYPE "public"."enum_portfolio_imports_kind";
  DROP TYPE "public"."enum_portfolio_imports_mode";
  DROP TYPE "public"."enum_portfolio_imports_status";`)
}
