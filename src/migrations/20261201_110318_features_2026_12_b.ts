import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_indicator_snapshots_status" AS ENUM('BORRADOR', 'PUBLICADO');
  CREATE TYPE "public"."enum_assignment_batches_status" AS ENUM('PROPUESTA', 'CONFIRMADA');
  CREATE TYPE "public"."enum_firm_assignments_source" AS ENUM('LOTE_MENSUAL');
  CREATE TYPE "public"."enum_management_reports_kind" AS ENUM('GESTION_MENSUAL', 'CIERRE_MENSUAL', 'COACTIVO_EJECUTOR');
  CREATE TYPE "public"."enum_management_reports_status" AS ENUM('BORRADOR', 'REVISADO');
  ALTER TYPE "public"."enum_documents_category" ADD VALUE 'INFORME' BEFORE 'OTRO';
  ALTER TYPE "public"."enum_documents_act_kind" ADD VALUE 'ACUERDO_DE_PAGO';
  ALTER TYPE "public"."enum_documents_act_kind" ADD VALUE 'REQUERIMIENTO_INCUMPLIMIENTO';
  ALTER TYPE "public"."enum_documents_act_kind" ADD VALUE 'RESOLUCION_SIN_VIGENCIA';
  ALTER TYPE "public"."enum_case_events_kind" ADD VALUE 'ASIGNACION';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'indicatorSnapshot';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'monthlyAssignment';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'indicatorSnapshot';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'monthlyAssignment';
  CREATE TABLE "agreements_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
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
  
  CREATE TABLE "assignment_batches_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"debtor_id" integer NOT NULL,
  	"debtor_name" varchar,
  	"branch_id" integer,
  	"value" numeric,
  	"oldest_due_date" timestamp(3) with time zone,
  	"age_days" numeric,
  	"open_cases" numeric,
  	"proposed_firm_id" integer,
  	"firm_id" integer NOT NULL
  );
  
  CREATE TABLE "assignment_batches_left_out" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"debtor_id" integer,
  	"reason" varchar
  );
  
  CREATE TABLE "assignment_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"period" varchar NOT NULL,
  	"as_of" timestamp(3) with time zone NOT NULL,
  	"status" "enum_assignment_batches_status" DEFAULT 'PROPUESTA',
  	"reason" varchar,
  	"confirmed_by_id" integer,
  	"confirmed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "firm_assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"debtor_id" integer NOT NULL,
  	"firm_id" integer NOT NULL,
  	"previous_firm_id" integer,
  	"branch_id" integer,
  	"batch_id" integer,
  	"period" varchar,
  	"source" "enum_firm_assignments_source",
  	"open_cases" numeric,
  	"value" numeric,
  	"assigned_by_id" integer,
  	"assigned_by_email" varchar,
  	"assigned_at" timestamp(3) with time zone NOT NULL,
  	"reason" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "management_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"period" varchar NOT NULL,
  	"kind" "enum_management_reports_kind" NOT NULL,
  	"assigned_firm_id" integer,
  	"difficulties" varchar,
  	"pdf_id" integer,
  	"xlsx_id" integer,
  	"figures" jsonb,
  	"status" "enum_management_reports_status" DEFAULT 'BORRADOR' NOT NULL,
  	"review_notes" varchar,
  	"generated_by_id" integer,
  	"generated_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assignment_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"min_age_days" numeric DEFAULT 90 NOT NULL,
  	"min_value" numeric DEFAULT 0 NOT NULL,
  	"max_open_debts_per_firm" numeric DEFAULT 100 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "assignment_rules_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"branches_id" integer,
  	"users_id" integer
  );
  
  ALTER TABLE "agreements" ADD COLUMN "demand_on" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "demand_due_on" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "void_on" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "agreement_act_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "demand_act_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "void_resolution_act_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "extensions_granted" numeric DEFAULT 0;
  ALTER TABLE "agreements" ADD COLUMN "extension_requested_on" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "extension_term_months" numeric;
  ALTER TABLE "agreements" ADD COLUMN "extension_from_instalment" numeric;
  ALTER TABLE "agreements" ADD COLUMN "extension_reason" varchar;
  ALTER TABLE "agreements" ADD COLUMN "extension_granted_by_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "extension_granted_on" timestamp(3) with time zone;
  ALTER TABLE "email_messages" ADD COLUMN "case_id" integer;
  ALTER TABLE "guarantees" ADD COLUMN "agreement_id" integer;
  ALTER TABLE "guarantees" ADD COLUMN "encumbrance_embargoed_measure" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "indicator_snapshots_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assignment_batches_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "firm_assignments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "management_reports_id" integer;
  ALTER TABLE "agreements_texts" ADD CONSTRAINT "agreements_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicator_snapshots" ADD CONSTRAINT "indicator_snapshots_taken_by_id_users_id_fk" FOREIGN KEY ("taken_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_snapshots" ADD CONSTRAINT "indicator_snapshots_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignment_batches_rows" ADD CONSTRAINT "assignment_batches_rows_debtor_id_parties_id_fk" FOREIGN KEY ("debtor_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignment_batches_rows" ADD CONSTRAINT "assignment_batches_rows_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignment_batches_rows" ADD CONSTRAINT "assignment_batches_rows_proposed_firm_id_users_id_fk" FOREIGN KEY ("proposed_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignment_batches_rows" ADD CONSTRAINT "assignment_batches_rows_firm_id_users_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignment_batches_rows" ADD CONSTRAINT "assignment_batches_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assignment_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assignment_batches_left_out" ADD CONSTRAINT "assignment_batches_left_out_debtor_id_parties_id_fk" FOREIGN KEY ("debtor_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignment_batches_left_out" ADD CONSTRAINT "assignment_batches_left_out_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assignment_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assignment_batches" ADD CONSTRAINT "assignment_batches_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "firm_assignments" ADD CONSTRAINT "firm_assignments_debtor_id_parties_id_fk" FOREIGN KEY ("debtor_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "firm_assignments" ADD CONSTRAINT "firm_assignments_firm_id_users_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "firm_assignments" ADD CONSTRAINT "firm_assignments_previous_firm_id_users_id_fk" FOREIGN KEY ("previous_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "firm_assignments" ADD CONSTRAINT "firm_assignments_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "firm_assignments" ADD CONSTRAINT "firm_assignments_batch_id_assignment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."assignment_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "firm_assignments" ADD CONSTRAINT "firm_assignments_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reports" ADD CONSTRAINT "management_reports_assigned_firm_id_users_id_fk" FOREIGN KEY ("assigned_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reports" ADD CONSTRAINT "management_reports_pdf_id_documents_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reports" ADD CONSTRAINT "management_reports_xlsx_id_documents_id_fk" FOREIGN KEY ("xlsx_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reports" ADD CONSTRAINT "management_reports_generated_by_id_users_id_fk" FOREIGN KEY ("generated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reports" ADD CONSTRAINT "management_reports_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignment_rules_rels" ADD CONSTRAINT "assignment_rules_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assignment_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assignment_rules_rels" ADD CONSTRAINT "assignment_rules_rels_branches_fk" FOREIGN KEY ("branches_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assignment_rules_rels" ADD CONSTRAINT "assignment_rules_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "agreements_texts_order_parent" ON "agreements_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "indicator_snapshots_period_idx" ON "indicator_snapshots" USING btree ("period");
  CREATE INDEX "indicator_snapshots_status_idx" ON "indicator_snapshots" USING btree ("status");
  CREATE INDEX "indicator_snapshots_taken_by_idx" ON "indicator_snapshots" USING btree ("taken_by_id");
  CREATE INDEX "indicator_snapshots_published_at_idx" ON "indicator_snapshots" USING btree ("published_at");
  CREATE INDEX "indicator_snapshots_published_by_idx" ON "indicator_snapshots" USING btree ("published_by_id");
  CREATE INDEX "indicator_snapshots_updated_at_idx" ON "indicator_snapshots" USING btree ("updated_at");
  CREATE INDEX "indicator_snapshots_created_at_idx" ON "indicator_snapshots" USING btree ("created_at");
  CREATE INDEX "assignment_batches_rows_order_idx" ON "assignment_batches_rows" USING btree ("_order");
  CREATE INDEX "assignment_batches_rows_parent_id_idx" ON "assignment_batches_rows" USING btree ("_parent_id");
  CREATE INDEX "assignment_batches_rows_debtor_idx" ON "assignment_batches_rows" USING btree ("debtor_id");
  CREATE INDEX "assignment_batches_rows_branch_idx" ON "assignment_batches_rows" USING btree ("branch_id");
  CREATE INDEX "assignment_batches_rows_proposed_firm_idx" ON "assignment_batches_rows" USING btree ("proposed_firm_id");
  CREATE INDEX "assignment_batches_rows_firm_idx" ON "assignment_batches_rows" USING btree ("firm_id");
  CREATE INDEX "assignment_batches_left_out_order_idx" ON "assignment_batches_left_out" USING btree ("_order");
  CREATE INDEX "assignment_batches_left_out_parent_id_idx" ON "assignment_batches_left_out" USING btree ("_parent_id");
  CREATE INDEX "assignment_batches_left_out_debtor_idx" ON "assignment_batches_left_out" USING btree ("debtor_id");
  CREATE INDEX "assignment_batches_title_idx" ON "assignment_batches" USING btree ("title");
  CREATE INDEX "assignment_batches_period_idx" ON "assignment_batches" USING btree ("period");
  CREATE INDEX "assignment_batches_status_idx" ON "assignment_batches" USING btree ("status");
  CREATE INDEX "assignment_batches_confirmed_by_idx" ON "assignment_batches" USING btree ("confirmed_by_id");
  CREATE INDEX "assignment_batches_updated_at_idx" ON "assignment_batches" USING btree ("updated_at");
  CREATE INDEX "assignment_batches_created_at_idx" ON "assignment_batches" USING btree ("created_at");
  CREATE INDEX "firm_assignments_debtor_idx" ON "firm_assignments" USING btree ("debtor_id");
  CREATE INDEX "firm_assignments_firm_idx" ON "firm_assignments" USING btree ("firm_id");
  CREATE INDEX "firm_assignments_previous_firm_idx" ON "firm_assignments" USING btree ("previous_firm_id");
  CREATE INDEX "firm_assignments_branch_idx" ON "firm_assignments" USING btree ("branch_id");
  CREATE INDEX "firm_assignments_batch_idx" ON "firm_assignments" USING btree ("batch_id");
  CREATE INDEX "firm_assignments_period_idx" ON "firm_assignments" USING btree ("period");
  CREATE INDEX "firm_assignments_assigned_by_idx" ON "firm_assignments" USING btree ("assigned_by_id");
  CREATE INDEX "firm_assignments_assigned_at_idx" ON "firm_assignments" USING btree ("assigned_at");
  CREATE INDEX "firm_assignments_updated_at_idx" ON "firm_assignments" USING btree ("updated_at");
  CREATE INDEX "firm_assignments_created_at_idx" ON "firm_assignments" USING btree ("created_at");
  CREATE INDEX "management_reports_title_idx" ON "management_reports" USING btree ("title");
  CREATE INDEX "management_reports_period_idx" ON "management_reports" USING btree ("period");
  CREATE INDEX "management_reports_kind_idx" ON "management_reports" USING btree ("kind");
  CREATE INDEX "management_reports_assigned_firm_idx" ON "management_reports" USING btree ("assigned_firm_id");
  CREATE INDEX "management_reports_pdf_idx" ON "management_reports" USING btree ("pdf_id");
  CREATE INDEX "management_reports_xlsx_idx" ON "management_reports" USING btree ("xlsx_id");
  CREATE INDEX "management_reports_status_idx" ON "management_reports" USING btree ("status");
  CREATE INDEX "management_reports_generated_by_idx" ON "management_reports" USING btree ("generated_by_id");
  CREATE INDEX "management_reports_reviewed_by_idx" ON "management_reports" USING btree ("reviewed_by_id");
  CREATE INDEX "management_reports_updated_at_idx" ON "management_reports" USING btree ("updated_at");
  CREATE INDEX "management_reports_created_at_idx" ON "management_reports" USING btree ("created_at");
  CREATE INDEX "assignment_rules_rels_order_idx" ON "assignment_rules_rels" USING btree ("order");
  CREATE INDEX "assignment_rules_rels_parent_idx" ON "assignment_rules_rels" USING btree ("parent_id");
  CREATE INDEX "assignment_rules_rels_path_idx" ON "assignment_rules_rels" USING btree ("path");
  CREATE INDEX "assignment_rules_rels_branches_id_idx" ON "assignment_rules_rels" USING btree ("branches_id");
  CREATE INDEX "assignment_rules_rels_users_id_idx" ON "assignment_rules_rels" USING btree ("users_id");
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_agreement_act_id_documents_id_fk" FOREIGN KEY ("agreement_act_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_demand_act_id_documents_id_fk" FOREIGN KEY ("demand_act_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_void_resolution_act_id_documents_id_fk" FOREIGN KEY ("void_resolution_act_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_extension_granted_by_id_users_id_fk" FOREIGN KEY ("extension_granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guarantees" ADD CONSTRAINT "guarantees_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_snapshots_fk" FOREIGN KEY ("indicator_snapshots_id") REFERENCES "public"."indicator_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assignment_batches_fk" FOREIGN KEY ("assignment_batches_id") REFERENCES "public"."assignment_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_firm_assignments_fk" FOREIGN KEY ("firm_assignments_id") REFERENCES "public"."firm_assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_management_reports_fk" FOREIGN KEY ("management_reports_id") REFERENCES "public"."management_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "agreements_demand_due_on_idx" ON "agreements" USING btree ("demand_due_on");
  CREATE INDEX "agreements_agreement_act_idx" ON "agreements" USING btree ("agreement_act_id");
  CREATE INDEX "agreements_demand_act_idx" ON "agreements" USING btree ("demand_act_id");
  CREATE INDEX "agreements_void_resolution_act_idx" ON "agreements" USING btree ("void_resolution_act_id");
  CREATE INDEX "agreements_extension_extension_granted_by_idx" ON "agreements" USING btree ("extension_granted_by_id");
  CREATE INDEX "email_messages_case_idx" ON "email_messages" USING btree ("case_id");
  CREATE INDEX "guarantees_agreement_idx" ON "guarantees" USING btree ("agreement_id");
  CREATE INDEX "payload_locked_documents_rels_indicator_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_snapshots_id");
  CREATE INDEX "payload_locked_documents_rels_assignment_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("assignment_batches_id");
  CREATE INDEX "payload_locked_documents_rels_firm_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("firm_assignments_id");
  CREATE INDEX "payload_locked_documents_rels_management_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("management_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "agreements_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicator_snapshots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assignment_batches_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assignment_batches_left_out" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assignment_batches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "firm_assignments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "management_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assignment_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assignment_rules_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "agreements_texts" CASCADE;
  DROP TABLE "indicator_snapshots" CASCADE;
  DROP TABLE "assignment_batches_rows" CASCADE;
  DROP TABLE "assignment_batches_left_out" CASCADE;
  DROP TABLE "assignment_batches" CASCADE;
  DROP TABLE "firm_assignments" CASCADE;
  DROP TABLE "management_reports" CASCADE;
  DROP TABLE "assignment_rules" CASCADE;
  DROP TABLE "assignment_rules_rels" CASCADE;
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_agreement_act_id_documents_id_fk";
  
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_demand_act_id_documents_id_fk";
  
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_void_resolution_act_id_documents_id_fk";
  
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_extension_granted_by_id_users_id_fk";
  
  ALTER TABLE "email_messages" DROP CONSTRAINT "email_messages_case_id_cases_id_fk";
  
  ALTER TABLE "guarantees" DROP CONSTRAINT "guarantees_agreement_id_agreements_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_indicator_snapshots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assignment_batches_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_firm_assignments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_management_reports_fk";
  
  ALTER TABLE "documents" ALTER COLUMN "category" SET DATA TYPE text;
  ALTER TABLE "documents" ALTER COLUMN "category" SET DEFAULT 'SOPORTE'::text;
  DROP TYPE "public"."enum_documents_category";
  CREATE TYPE "public"."enum_documents_category" AS ENUM('SOPORTE', 'FORMULARIO', 'EXPEDIENTE', 'OTRO');
  ALTER TABLE "documents" ALTER COLUMN "category" SET DEFAULT 'SOPORTE'::"public"."enum_documents_category";
  ALTER TABLE "documents" ALTER COLUMN "category" SET DATA TYPE "public"."enum_documents_category" USING "category"::"public"."enum_documents_category";
  ALTER TABLE "documents" ALTER COLUMN "act_kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_documents_act_kind";
  CREATE TYPE "public"."enum_documents_act_kind" AS ENUM('CONSTITUCION_EN_MORA', 'LCD', 'CITACION', 'AVISO', 'MANDAMIENTO', 'DECISION_EXCEPCIONES', 'DECISION_RECURSO', 'AVISO_REMATE');
  ALTER TABLE "documents" ALTER COLUMN "act_kind" SET DATA TYPE "public"."enum_documents_act_kind" USING "act_kind"::"public"."enum_documents_act_kind";
  ALTER TABLE "case_events" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_case_events_kind";
  CREATE TYPE "public"."enum_case_events_kind" AS ENUM('CREACION', 'TRANSICION', 'GESTION', 'ACTO', 'NOTIFICACION', 'MEDIDA', 'AUTOMATICA');
  ALTER TABLE "case_events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_case_events_kind" USING "kind"::"public"."enum_case_events_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deadlineSweep', 'sendEmail', 'recomputeTerms', 'importPayouts');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deadlineSweep', 'sendEmail', 'recomputeTerms', 'importPayouts');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "agreements_demand_due_on_idx";
  DROP INDEX "agreements_agreement_act_idx";
  DROP INDEX "agreements_demand_act_idx";
  DROP INDEX "agreements_void_resolution_act_idx";
  DROP INDEX "agreements_extension_extension_granted_by_idx";
  DROP INDEX "email_messages_case_idx";
  DROP INDEX "guarantees_agreement_idx";
  DROP INDEX "payload_locked_documents_rels_indicator_snapshots_id_idx";
  DROP INDEX "payload_locked_documents_rels_assignment_batches_id_idx";
  DROP INDEX "payload_locked_documents_rels_firm_assignments_id_idx";
  DROP INDEX "payload_locked_documents_rels_management_reports_id_idx";
  ALTER TABLE "agreements" DROP COLUMN "demand_on";
  ALTER TABLE "agreements" DROP COLUMN "demand_due_on";
  ALTER TABLE "agreements" DROP COLUMN "void_on";
  ALTER TABLE "agreements" DROP COLUMN "agreement_act_id";
  ALTER TABLE "agreements" DROP COLUMN "demand_act_id";
  ALTER TABLE "agreements" DROP COLUMN "void_resolution_act_id";
  ALTER TABLE "agreements" DROP COLUMN "extensions_granted";
  ALTER TABLE "agreements" DROP COLUMN "extension_requested_on";
  ALTER TABLE "agreements" DROP COLUMN "extension_term_months";
  ALTER TABLE "agreements" DROP COLUMN "extension_from_instalment";
  ALTER TABLE "agreements" DROP COLUMN "extension_reason";
  ALTER TABLE "agreements" DROP COLUMN "extension_granted_by_id";
  ALTER TABLE "agreements" DROP COLUMN "extension_granted_on";
  ALTER TABLE "email_messages" DROP COLUMN "case_id";
  ALTER TABLE "guarantees" DROP COLUMN "agreement_id";
  ALTER TABLE "guarantees" DROP COLUMN "encumbrance_embargoed_measure";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "indicator_snapshots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assignment_batches_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "firm_assignments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "management_reports_id";
  DROP TYPE "public"."enum_indicator_snapshots_status";
  DROP TYPE "public"."enum_assignment_batches_status";
  DROP TYPE "public"."enum_firm_assignments_source";
  DROP TYPE "public"."enum_management_reports_kind";
  DROP TYPE "public"."enum_management_reports_status";`)
}
