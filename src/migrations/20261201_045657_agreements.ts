import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_agreements_status" AS ENUM('SOLICITADO', 'EN_ANALISIS', 'REQUISITOS_PENDIENTES', 'APROBADO', 'EN_REQUERIMIENTO', 'SIN_VIGENCIA', 'RECHAZADO', 'DESISTIDO', 'CUMPLIDO');
  CREATE TYPE "public"."enum_agreements_requester_kind" AS ENUM('DEUDOR', 'TERCERO');
  CREATE TYPE "public"."enum_agreements_periodicity" AS ENUM('MENSUAL', 'BIMESTRAL', 'TRIMESTRAL');
  CREATE TYPE "public"."enum_agreements_guarantee_class" AS ENUM('REAL', 'OTRA', 'NINGUNA');
  CREATE TYPE "public"."enum_agreement_instalments_status" AS ENUM('PENDIENTE', 'ABONADA', 'PAGADA', 'VENCIDA');
  CREATE TABLE "agreements_obligations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"period" varchar NOT NULL,
  	"concept" varchar NOT NULL,
  	"capital" numeric NOT NULL
  );
  
  CREATE TABLE "agreements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"case_id" integer NOT NULL,
  	"debtor_id" integer,
  	"status" "enum_agreements_status" DEFAULT 'SOLICITADO' NOT NULL,
  	"requested_on" timestamp(3) with time zone NOT NULL,
  	"city" varchar,
  	"requester_kind" "enum_agreements_requester_kind" DEFAULT 'DEUDOR',
  	"requester_name" varchar,
  	"requester_id_number" varchar,
  	"address" varchar,
  	"phone" varchar,
  	"third_party_id" integer,
  	"third_party_jointly_liable" boolean DEFAULT false,
  	"reasons" varchar,
  	"capital" numeric,
  	"interest" numeric DEFAULT 0,
  	"costs" numeric DEFAULT 0,
  	"total" numeric,
  	"down_payment" numeric NOT NULL,
  	"term_months" numeric NOT NULL,
  	"periodicity" "enum_agreements_periodicity" DEFAULT 'MENSUAL' NOT NULL,
  	"guarantee_class" "enum_agreements_guarantee_class" DEFAULT 'NINGUNA',
  	"outstanding" numeric,
  	"analysis_due_on" timestamp(3) with time zone,
  	"requirements_asked_on" timestamp(3) with time zone,
  	"requirements_days" numeric,
  	"requirements_due_on" timestamp(3) with time zone,
  	"perfection_due_on" timestamp(3) with time zone,
  	"rejection_due_on" timestamp(3) with time zone,
  	"rejection_reasons" varchar,
  	"branch_id" integer,
  	"assigned_firm_id" integer,
  	"approved_by_id" integer,
  	"approved_on" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agreement_instalments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"agreement_id" integer NOT NULL,
  	"case_id" integer NOT NULL,
  	"number" numeric NOT NULL,
  	"due_on" timestamp(3) with time zone NOT NULL,
  	"amount" numeric NOT NULL,
  	"paid_amount" numeric DEFAULT 0,
  	"late_interest_paid" numeric DEFAULT 0,
  	"status" "enum_agreement_instalments_status" DEFAULT 'PENDIENTE' NOT NULL,
  	"pays" varchar,
  	"branch_id" integer,
  	"assigned_firm_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payments" ALTER COLUMN "legalization_id" DROP NOT NULL;
  ALTER TABLE "payments" ALTER COLUMN "clave" DROP NOT NULL;
  ALTER TABLE "payments" ADD COLUMN "agreement_id" integer;
  ALTER TABLE "payments" ADD COLUMN "idempotency_key" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agreements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agreement_instalments_id" integer;
  ALTER TABLE "agreements_obligations" ADD CONSTRAINT "agreements_obligations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_debtor_id_parties_id_fk" FOREIGN KEY ("debtor_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_third_party_id_parties_id_fk" FOREIGN KEY ("third_party_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_assigned_firm_id_users_id_fk" FOREIGN KEY ("assigned_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreement_instalments" ADD CONSTRAINT "agreement_instalments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreement_instalments" ADD CONSTRAINT "agreement_instalments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreement_instalments" ADD CONSTRAINT "agreement_instalments_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreement_instalments" ADD CONSTRAINT "agreement_instalments_assigned_firm_id_users_id_fk" FOREIGN KEY ("assigned_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "agreements_obligations_order_idx" ON "agreements_obligations" USING btree ("_order");
  CREATE INDEX "agreements_obligations_parent_id_idx" ON "agreements_obligations" USING btree ("_parent_id");
  CREATE INDEX "agreements_title_idx" ON "agreements" USING btree ("title");
  CREATE INDEX "agreements_case_idx" ON "agreements" USING btree ("case_id");
  CREATE INDEX "agreements_debtor_idx" ON "agreements" USING btree ("debtor_id");
  CREATE INDEX "agreements_status_idx" ON "agreements" USING btree ("status");
  CREATE INDEX "agreements_third_party_idx" ON "agreements" USING btree ("third_party_id");
  CREATE INDEX "agreements_analysis_due_on_idx" ON "agreements" USING btree ("analysis_due_on");
  CREATE INDEX "agreements_requirements_due_on_idx" ON "agreements" USING btree ("requirements_due_on");
  CREATE INDEX "agreements_perfection_due_on_idx" ON "agreements" USING btree ("perfection_due_on");
  CREATE INDEX "agreements_branch_idx" ON "agreements" USING btree ("branch_id");
  CREATE INDEX "agreements_assigned_firm_idx" ON "agreements" USING btree ("assigned_firm_id");
  CREATE INDEX "agreements_approved_by_idx" ON "agreements" USING btree ("approved_by_id");
  CREATE INDEX "agreements_updated_at_idx" ON "agreements" USING btree ("updated_at");
  CREATE INDEX "agreements_created_at_idx" ON "agreements" USING btree ("created_at");
  CREATE INDEX "agreement_instalments_agreement_idx" ON "agreement_instalments" USING btree ("agreement_id");
  CREATE INDEX "agreement_instalments_case_idx" ON "agreement_instalments" USING btree ("case_id");
  CREATE INDEX "agreement_instalments_due_on_idx" ON "agreement_instalments" USING btree ("due_on");
  CREATE INDEX "agreement_instalments_status_idx" ON "agreement_instalments" USING btree ("status");
  CREATE INDEX "agreement_instalments_branch_idx" ON "agreement_instalments" USING btree ("branch_id");
  CREATE INDEX "agreement_instalments_assigned_firm_idx" ON "agreement_instalments" USING btree ("assigned_firm_id");
  CREATE INDEX "agreement_instalments_updated_at_idx" ON "agreement_instalments" USING btree ("updated_at");
  CREATE INDEX "agreement_instalments_created_at_idx" ON "agreement_instalments" USING btree ("created_at");
  CREATE INDEX "branch_dueOn_idx" ON "agreement_instalments" USING btree ("branch_id","due_on");
  CREATE INDEX "assignedFirm_dueOn_idx" ON "agreement_instalments" USING btree ("assigned_firm_id","due_on");
  ALTER TABLE "payments" ADD CONSTRAINT "payments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agreements_fk" FOREIGN KEY ("agreements_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agreement_instalments_fk" FOREIGN KEY ("agreement_instalments_id") REFERENCES "public"."agreement_instalments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payments_agreement_idx" ON "payments" USING btree ("agreement_id");
  CREATE UNIQUE INDEX "payments_idempotency_key_idx" ON "payments" USING btree ("idempotency_key");
  CREATE INDEX "payload_locked_documents_rels_agreements_id_idx" ON "payload_locked_documents_rels" USING btree ("agreements_id");
  CREATE INDEX "payload_locked_documents_rels_agreement_instalments_id_idx" ON "payload_locked_documents_rels" USING btree ("agreement_instalments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "agreements_obligations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreement_instalments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "agreements_obligations" CASCADE;
  DROP TABLE "agreements" CASCADE;
  DROP TABLE "agreement_instalments" CASCADE;
  ALTER TABLE "payments" DROP CONSTRAINT "payments_agreement_id_agreements_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agreements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agreement_instalments_fk";
  
  DROP INDEX "payments_agreement_idx";
  DROP INDEX "payments_idempotency_key_idx";
  DROP INDEX "payload_locked_documents_rels_agreements_id_idx";
  DROP INDEX "payload_locked_documents_rels_agreement_instalments_id_idx";
  ALTER TABLE "payments" ALTER COLUMN "legalization_id" SET NOT NULL;
  ALTER TABLE "payments" ALTER COLUMN "clave" SET NOT NULL;
  ALTER TABLE "payments" DROP COLUMN "agreement_id";
  ALTER TABLE "payments" DROP COLUMN "idempotency_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agreements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agreement_instalments_id";
  DROP TYPE "public"."enum_agreements_status";
  DROP TYPE "public"."enum_agreements_requester_kind";
  DROP TYPE "public"."enum_agreements_periodicity";
  DROP TYPE "public"."enum_agreements_guarantee_class";
  DROP TYPE "public"."enum_agreement_instalments_status";`)
}
