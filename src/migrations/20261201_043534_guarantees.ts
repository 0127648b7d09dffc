import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guarantees_kind" AS ENUM('POLIZA_SEGUROS', 'GARANTIA_BANCARIA', 'HIPOTECA', 'PRENDA_SIN_TENENCIA', 'BIENES_EMBARGO_SECUESTRO', 'FIDUCIA', 'GARANTE_PERSONA_NATURAL', 'GARANTE_PERSONA_JURIDICA', 'RELACION_BIENES', 'PIGNORACION_RENTAS', 'PRENDA_ACTIVO_CIRCULANTE', 'ACCIONES', 'APORTES_INTERES_SOCIAL', 'ESTABLECIMIENTO_COMERCIO', 'CARTERA_CREDITOS', 'FACTURAS', 'INTANGIBLES', 'EQUIPOS_COMPUTO', 'MUEBLES_ENSERES', 'MAQUINARIA');
  CREATE TYPE "public"."enum_guarantees_status" AS ENUM('PROPUESTA', 'PERFECCIONADA', 'SUSTITUIDA', 'EN_EJECUCION', 'LIBERADA');
  CREATE TYPE "public"."enum_guarantees_goods_type" AS ENUM('INMUEBLE', 'VEHICULO', 'MUEBLE', 'OTRO');
  CREATE TYPE "public"."enum_bdme_entries_id_type" AS ENUM('CC', 'CE', 'CD', 'NIT', 'NIT_EXT');
  CREATE TABLE "guarantees" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"case_id" integer NOT NULL,
  	"owner_id" integer NOT NULL,
  	"kind" "enum_guarantees_kind" NOT NULL,
  	"status" "enum_guarantees_status" DEFAULT 'PROPUESTA' NOT NULL,
  	"value" numeric,
  	"goods_type" "enum_guarantees_goods_type",
  	"mortgage_degree" numeric,
  	"guarantor_own_home" boolean DEFAULT false,
  	"goods_description" varchar NOT NULL,
  	"appraisal_appraiser_name" varchar,
  	"appraisal_appraiser_id" varchar,
  	"appraisal_appraiser_is_staff" boolean DEFAULT false,
  	"appraisal_date" timestamp(3) with time zone,
  	"appraisal_value" numeric,
  	"appraisal_magazine_value" numeric,
  	"appraisal_cadastral_value" numeric,
  	"inspection_inspected_on" timestamp(3) with time zone,
  	"inspection_location" varchar,
  	"inspection_condition" varchar,
  	"inspection_sufficient" boolean DEFAULT false,
  	"encumbrance_goods_already_embargoed" boolean DEFAULT false,
  	"encumbrance_under_other_lien" boolean DEFAULT false,
  	"encumbrance_lien_creditor" varchar,
  	"encumbrance_creditor_informed_on" timestamp(3) with time zone,
  	"perfected_on" timestamp(3) with time zone,
  	"substitution_previous_id" integer,
  	"substitution_reason" varchar,
  	"substitution_by_id" integer,
  	"substitution_on" timestamp(3) with time zone,
  	"branch_id" integer,
  	"assigned_firm_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bdme_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"party_id" integer NOT NULL,
  	"case_id" integer,
  	"id_type" "enum_bdme_entries_id_type",
  	"id_number" varchar,
  	"check_digit" varchar,
  	"name" varchar,
  	"obligation" varchar NOT NULL,
  	"amount" numeric NOT NULL,
  	"obligation_date" timestamp(3) with time zone NOT NULL,
  	"reported_on" timestamp(3) with time zone NOT NULL,
  	"reason" varchar NOT NULL,
  	"reported_by_id" integer,
  	"withdrawn_on" timestamp(3) with time zone,
  	"withdrawal_reason" varchar,
  	"withdrawn_by_id" integer,
  	"filing_reference" varchar,
  	"open" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guarantees_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bdme_entries_id" integer;
  ALTER TABLE "guarantees" ADD CONSTRAINT "guarantees_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guarantees" ADD CONSTRAINT "guarantees_owner_id_parties_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guarantees" ADD CONSTRAINT "guarantees_substitution_previous_id_guarantees_id_fk" FOREIGN KEY ("substitution_previous_id") REFERENCES "public"."guarantees"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guarantees" ADD CONSTRAINT "guarantees_substitution_by_id_users_id_fk" FOREIGN KEY ("substitution_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guarantees" ADD CONSTRAINT "guarantees_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guarantees" ADD CONSTRAINT "guarantees_assigned_firm_id_users_id_fk" FOREIGN KEY ("assigned_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bdme_entries" ADD CONSTRAINT "bdme_entries_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bdme_entries" ADD CONSTRAINT "bdme_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bdme_entries" ADD CONSTRAINT "bdme_entries_reported_by_id_users_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bdme_entries" ADD CONSTRAINT "bdme_entries_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "guarantees_case_idx" ON "guarantees" USING btree ("case_id");
  CREATE INDEX "guarantees_owner_idx" ON "guarantees" USING btree ("owner_id");
  CREATE INDEX "guarantees_kind_idx" ON "guarantees" USING btree ("kind");
  CREATE INDEX "guarantees_status_idx" ON "guarantees" USING btree ("status");
  CREATE INDEX "guarantees_substitution_substitution_previous_idx" ON "guarantees" USING btree ("substitution_previous_id");
  CREATE INDEX "guarantees_substitution_substitution_by_idx" ON "guarantees" USING btree ("substitution_by_id");
  CREATE INDEX "guarantees_branch_idx" ON "guarantees" USING btree ("branch_id");
  CREATE INDEX "guarantees_assigned_firm_idx" ON "guarantees" USING btree ("assigned_firm_id");
  CREATE INDEX "guarantees_updated_at_idx" ON "guarantees" USING btree ("updated_at");
  CREATE INDEX "guarantees_created_at_idx" ON "guarantees" USING btree ("created_at");
  CREATE INDEX "bdme_entries_party_idx" ON "bdme_entries" USING btree ("party_id");
  CREATE INDEX "bdme_entries_case_idx" ON "bdme_entries" USING btree ("case_id");
  CREATE INDEX "bdme_entries_id_number_idx" ON "bdme_entries" USING btree ("id_number");
  CREATE INDEX "bdme_entries_reported_on_idx" ON "bdme_entries" USING btree ("reported_on");
  CREATE INDEX "bdme_entries_reported_by_idx" ON "bdme_entries" USING btree ("reported_by_id");
  CREATE INDEX "bdme_entries_withdrawn_on_idx" ON "bdme_entries" USING btree ("withdrawn_on");
  CREATE INDEX "bdme_entries_withdrawn_by_idx" ON "bdme_entries" USING btree ("withdrawn_by_id");
  CREATE INDEX "bdme_entries_open_idx" ON "bdme_entries" USING btree ("open");
  CREATE INDEX "bdme_entries_updated_at_idx" ON "bdme_entries" USING btree ("updated_at");
  CREATE INDEX "bdme_entries_created_at_idx" ON "bdme_entries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guarantees_fk" FOREIGN KEY ("guarantees_id") REFERENCES "public"."guarantees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bdme_entries_fk" FOREIGN KEY ("bdme_entries_id") REFERENCES "public"."bdme_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_guarantees_id_idx" ON "payload_locked_documents_rels" USING btree ("guarantees_id");
  CREATE INDEX "payload_locked_documents_rels_bdme_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("bdme_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guarantees" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bdme_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "guarantees" CASCADE;
  DROP TABLE "bdme_entries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_guarantees_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bdme_entries_fk";
  
  DROP INDEX "payload_locked_documents_rels_guarantees_id_idx";
  DROP INDEX "payload_locked_documents_rels_bdme_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guarantees_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bdme_entries_id";
  DROP TYPE "public"."enum_guarantees_kind";
  DROP TYPE "public"."enum_guarantees_status";
  DROP TYPE "public"."enum_guarantees_goods_type";
  DROP TYPE "public"."enum_bdme_entries_id_type";`)
}
