import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_act_kind" AS ENUM('CONSTITUCION_EN_MORA', 'LCD', 'CITACION', 'AVISO', 'MANDAMIENTO', 'DECISION_EXCEPCIONES', 'DECISION_RECURSO', 'AVISO_REMATE');
  CREATE TYPE "public"."enum_documents_act_status" AS ENUM('BORRADOR', 'FIRMADO');
  CREATE TYPE "public"."enum_settings_collection_account_account_type" AS ENUM('Cuenta corriente', 'Cuenta de ahorros');
  ALTER TABLE "documents" ADD COLUMN "act_kind" "enum_documents_act_kind";
  ALTER TABLE "documents" ADD COLUMN "act_status" "enum_documents_act_status";
  ALTER TABLE "documents" ADD COLUMN "case_id" integer;
  ALTER TABLE "documents" ADD COLUMN "signed_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "signed_at" timestamp(3) with time zone;
  ALTER TABLE "settings" ADD COLUMN "insurer_name" varchar DEFAULT 'Positiva Compañía de Seguros S.A.';
  ALTER TABLE "settings" ADD COLUMN "insurer_nit" varchar DEFAULT '860.011.153-6';
  ALTER TABLE "settings" ADD COLUMN "collection_account_bank" varchar;
  ALTER TABLE "settings" ADD COLUMN "collection_account_account_type" "enum_settings_collection_account_account_type" DEFAULT 'Cuenta corriente';
  ALTER TABLE "settings" ADD COLUMN "collection_account_number" varchar;
  ALTER TABLE "settings" ADD COLUMN "collection_account_holder" varchar;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_signed_by_id_users_id_fk" FOREIGN KEY ("signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_act_kind_idx" ON "documents" USING btree ("act_kind");
  CREATE INDEX "documents_act_status_idx" ON "documents" USING btree ("act_status");
  CREATE INDEX "documents_case_idx" ON "documents" USING btree ("case_id");
  CREATE INDEX "documents_signed_by_idx" ON "documents" USING btree ("signed_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DROP CONSTRAINT "documents_case_id_cases_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_signed_by_id_users_id_fk";
  
  DROP INDEX "documents_act_kind_idx";
  DROP INDEX "documents_act_status_idx";
  DROP INDEX "documents_case_idx";
  DROP INDEX "documents_signed_by_idx";
  ALTER TABLE "documents" DROP COLUMN "act_kind";
  ALTER TABLE "documents" DROP COLUMN "act_status";
  ALTER TABLE "documents" DROP COLUMN "case_id";
  ALTER TABLE "documents" DROP COLUMN "signed_by_id";
  ALTER TABLE "documents" DROP COLUMN "signed_at";
  ALTER TABLE "settings" DROP COLUMN "insurer_name";
  ALTER TABLE "settings" DROP COLUMN "insurer_nit";
  ALTER TABLE "settings" DROP COLUMN "collection_account_bank";
  ALTER TABLE "settings" DROP COLUMN "collection_account_account_type";
  ALTER TABLE "settings" DROP COLUMN "collection_account_number";
  ALTER TABLE "settings" DROP COLUMN "collection_account_holder";
  DROP TYPE "public"."enum_documents_act_kind";
  DROP TYPE "public"."enum_documents_act_status";
  DROP TYPE "public"."enum_settings_collection_account_account_type";`)
}
