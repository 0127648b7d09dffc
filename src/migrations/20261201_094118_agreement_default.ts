import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_documents_act_kind" ADD VALUE 'ACUERDO_DE_PAGO';
  ALTER TYPE "public"."enum_documents_act_kind" ADD VALUE 'REQUERIMIENTO_INCUMPLIMIENTO';
  ALTER TYPE "public"."enum_documents_act_kind" ADD VALUE 'RESOLUCION_SIN_VIGENCIA';
  ALTER TABLE "agreements" ADD COLUMN "demand_on" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "demand_due_on" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "void_on" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "agreement_act_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "demand_act_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "void_resolution_act_id" integer;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_agreement_act_id_documents_id_fk" FOREIGN KEY ("agreement_act_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_demand_act_id_documents_id_fk" FOREIGN KEY ("demand_act_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_void_resolution_act_id_documents_id_fk" FOREIGN KEY ("void_resolution_act_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "agreements_demand_due_on_idx" ON "agreements" USING btree ("demand_due_on");
  CREATE INDEX "agreements_agreement_act_idx" ON "agreements" USING btree ("agreement_act_id");
  CREATE INDEX "agreements_demand_act_idx" ON "agreements" USING btree ("demand_act_id");
  CREATE INDEX "agreements_void_resolution_act_idx" ON "agreements" USING btree ("void_resolution_act_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "agreements" DROP CONSTRAINT "agreements_agreement_act_id_documents_id_fk";
  
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_demand_act_id_documents_id_fk";
  
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_void_resolution_act_id_documents_id_fk";
  
  ALTER TABLE "documents" ALTER COLUMN "act_kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_documents_act_kind";
  CREATE TYPE "public"."enum_documents_act_kind" AS ENUM('CONSTITUCION_EN_MORA', 'LCD', 'CITACION', 'AVISO', 'MANDAMIENTO', 'DECISION_EXCEPCIONES', 'DECISION_RECURSO', 'AVISO_REMATE');
  ALTER TABLE "documents" ALTER COLUMN "act_kind" SET DATA TYPE "public"."enum_documents_act_kind" USING "act_kind"::"public"."enum_documents_act_kind";
  DROP INDEX "agreements_demand_due_on_idx";
  DROP INDEX "agreements_agreement_act_idx";
  DROP INDEX "agreements_demand_act_idx";
  DROP INDEX "agreements_void_resolution_act_idx";
  ALTER TABLE "agreements" DROP COLUMN "demand_on";
  ALTER TABLE "agreements" DROP COLUMN "demand_due_on";
  ALTER TABLE "agreements" DROP COLUMN "void_on";
  ALTER TABLE "agreements" DROP COLUMN "agreement_act_id";
  ALTER TABLE "agreements" DROP COLUMN "demand_act_id";
  ALTER TABLE "agreements" DROP COLUMN "void_resolution_act_id";`)
}
