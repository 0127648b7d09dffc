import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_cases_debt_lines_concept" AS ENUM('APORTES_EN_MORA', 'INEXACTITUD', 'RECOBRO');
  CREATE TYPE "public"."enum_cases_persuasive_actions_channel" AS ENUM('LLAMADA', 'SMS', 'CORREO_ELECTRONICO', 'CARTA', 'VISITA', 'BRIGADA');
  CREATE TYPE "public"."enum_cases_exceptions_ground" AS ENUM('PAGO', 'ACUERDO_VIGENTE', 'TITULO_NO_EJECUTORIADO', 'PERDIDA_EJECUTORIA', 'DEMANDA_NULIDAD', 'PRESCRIPCION', 'FALTA_TITULO', 'NO_DEUDOR_SOLIDARIO', 'INDEBIDA_TASACION');
  CREATE TYPE "public"."enum_cases_exceptions_decision" AS ENUM('PROBADA', 'NO_PROBADA');
  CREATE TYPE "public"."enum_cases_measures_kind" AS ENUM('EMBARGO', 'SECUESTRO');
  CREATE TYPE "public"."enum_cases_stage" AS ENUM('PERSUASIVO', 'PREJURIDICO', 'COACTIVO', 'TERMINADO', 'SUSPENDIDO', 'INSOLVENCIA');
  CREATE TYPE "public"."enum_cases_sub_state" AS ENUM('GESTION_PERSUASIVA', 'CONSTITUIDO_EN_MORA', 'LCD_EN_PROYECTO', 'LCD_FIRMADA', 'EN_NOTIFICACION', 'NOTIFICADA', 'EN_FIRME', 'MANDAMIENTO_LIBRADO', 'MANDAMIENTO_NOTIFICADO', 'ORDEN_DE_EJECUCION', 'REMATE', 'ARCHIVADO', 'SUSPENDIDO', 'REMITIDO_A_INSOLVENCIA');
  CREATE TYPE "public"."enum_cases_deadline_flag" AS ENUM('VENCIDO', 'POR_VENCER', 'EN_TERMINO');
  CREATE TYPE "public"."enum_cases_closure_suspension_reason" AS ENUM('ACUERDO_DE_PAGO', 'ORDEN_JUDICIAL');
  CREATE TYPE "public"."enum_cases_closure_termination_cause" AS ENUM('PAGO_TOTAL', 'PRESCRIPCION', 'DECISION_FAVORABLE', 'NULIDAD_TITULO', 'INSOLVENCIA');
  CREATE TYPE "public"."enum_cases_paused_at_stage" AS ENUM('PERSUASIVO', 'PREJURIDICO', 'COACTIVO', 'TERMINADO', 'SUSPENDIDO', 'INSOLVENCIA');
  CREATE TYPE "public"."enum_cases_paused_at_sub_state" AS ENUM('GESTION_PERSUASIVA', 'CONSTITUIDO_EN_MORA', 'LCD_EN_PROYECTO', 'LCD_FIRMADA', 'EN_NOTIFICACION', 'NOTIFICADA', 'EN_FIRME', 'MANDAMIENTO_LIBRADO', 'MANDAMIENTO_NOTIFICADO', 'ORDEN_DE_EJECUCION', 'REMATE', 'ARCHIVADO', 'SUSPENDIDO', 'REMITIDO_A_INSOLVENCIA');
  CREATE TYPE "public"."enum_notifications_act" AS ENUM('LCD', 'MANDAMIENTO_DE_PAGO', 'DECISION_RECURSO', 'DECISION_EXCEPCIONES', 'RESOLUCION_INCUMPLIMIENTO');
  CREATE TYPE "public"."enum_notifications_status" AS ENUM('PENDIENTE_CITACION', 'EN_CITACION', 'AVISO_PENDIENTE', 'AVISO_PUBLICADO', 'NOTIFICADO', 'EN_FIRME');
  CREATE TYPE "public"."enum_notifications_facts_citation_channel" AS ENUM('CORREO_CERTIFICADO', 'CORREO_ELECTRONICO');
  CREATE TYPE "public"."enum_notifications_derived_notified_by" AS ENUM('PERSONAL', 'CORREO', 'AVISO');
  CREATE TYPE "public"."enum_case_events_kind" AS ENUM('CREACION', 'TRANSICION', 'GESTION', 'ACTO', 'NOTIFICACION', 'MEDIDA', 'AUTOMATICA');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deadlineSweep');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deadlineSweep');
  CREATE TABLE "cases_debt_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"period" varchar NOT NULL,
  	"concept" "enum_cases_debt_lines_concept" NOT NULL,
  	"contributors" numeric,
  	"capital" numeric NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "cases_persuasive_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"channel" "enum_cases_persuasive_actions_channel" NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"author_id" integer,
  	"outcome" varchar NOT NULL
  );
  
  CREATE TABLE "cases_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"ground" "enum_cases_exceptions_ground" NOT NULL,
  	"filed_on" timestamp(3) with time zone NOT NULL,
  	"decided_on" timestamp(3) with time zone,
  	"decision" "enum_cases_exceptions_decision",
  	"appeal_filed_on" timestamp(3) with time zone,
  	"appeal_decided_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "cases_measures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_cases_measures_kind" NOT NULL,
  	"description" varchar NOT NULL,
  	"amount" numeric NOT NULL,
  	"ordered_on" timestamp(3) with time zone NOT NULL,
  	"lifted_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "cases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"debtor_id" integer NOT NULL,
  	"debtor_name" varchar,
  	"stage" "enum_cases_stage" DEFAULT 'PERSUASIVO' NOT NULL,
  	"sub_state" "enum_cases_sub_state" DEFAULT 'GESTION_PERSUASIVA' NOT NULL,
  	"next_deadline" timestamp(3) with time zone,
  	"next_deadline_label" varchar,
  	"deadline_flag" "enum_cases_deadline_flag",
  	"capital_total" numeric,
  	"oldest_due_date" timestamp(3) with time zone,
  	"is_recovery" boolean,
  	"default_notice_arisen_on" timestamp(3) with time zone,
  	"default_notice_identified_on" timestamp(3) with time zone,
  	"default_notice_sent_on" timestamp(3) with time zone,
  	"default_notice_deadline" timestamp(3) with time zone,
  	"lcd_cut_off_date" timestamp(3) with time zone,
  	"lcd_limit_date" timestamp(3) with time zone,
  	"lcd_capital" numeric,
  	"lcd_interest" numeric,
  	"lcd_total" numeric,
  	"lcd_drafted_by_id" integer,
  	"lcd_signed_by_id" integer,
  	"lcd_issued_on" timestamp(3) with time zone,
  	"lcd_notified_on" timestamp(3) with time zone,
  	"lcd_final_on" timestamp(3) with time zone,
  	"follow_up_first_contact_on" timestamp(3) with time zone,
  	"follow_up_second_contact_on" timestamp(3) with time zone,
  	"follow_up_first_contact_deadline" timestamp(3) with time zone,
  	"follow_up_second_contact_deadline" timestamp(3) with time zone,
  	"follow_up_coactive_start_deadline" timestamp(3) with time zone,
  	"checklist_persuasive_evidence" boolean DEFAULT false,
  	"checklist_debt_detail_by_period" boolean DEFAULT false,
  	"checklist_recovery_invoices" boolean DEFAULT false,
  	"checklist_recovery_excel_list" boolean DEFAULT false,
  	"checklist_citation_with_receipt" boolean DEFAULT false,
  	"checklist_original_lcd" boolean DEFAULT false,
  	"checklist_notice_original" boolean DEFAULT false,
  	"checklist_notification_record" boolean DEFAULT false,
  	"checklist_appeal_decision" boolean DEFAULT false,
  	"checklist_other_answers_keep_debt" boolean DEFAULT false,
  	"checklist_missing" varchar,
  	"payment_order_number" varchar,
  	"payment_order_issued_on" timestamp(3) with time zone,
  	"payment_order_amount" numeric,
  	"payment_order_signed_by_id" integer,
  	"payment_order_notified_on" timestamp(3) with time zone,
  	"payment_order_response_deadline" timestamp(3) with time zone,
  	"auction_appraisal" numeric,
  	"auction_announced_on" timestamp(3) with time zone,
  	"auction_auction_on" timestamp(3) with time zone,
  	"auction_base_bid" numeric,
  	"auction_deposit" numeric,
  	"auction_balance_due_by" timestamp(3) with time zone,
  	"auction_approval_due_by" timestamp(3) with time zone,
  	"closure_suspension_reason" "enum_cases_closure_suspension_reason",
  	"closure_termination_cause" "enum_cases_closure_termination_cause",
  	"branch_id" integer NOT NULL,
  	"assigned_firm_id" integer,
  	"responsible_id" integer,
  	"paused_at_stage" "enum_cases_paused_at_stage",
  	"paused_at_sub_state" "enum_cases_paused_at_sub_state",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"case_id" integer NOT NULL,
  	"act" "enum_notifications_act" NOT NULL,
  	"document_id" integer,
  	"status" "enum_notifications_status",
  	"next_deadline" timestamp(3) with time zone,
  	"facts_citation_channel" "enum_notifications_facts_citation_channel",
  	"facts_citation_address" varchar,
  	"facts_citation_email" varchar,
  	"facts_citation_sent_on" timestamp(3) with time zone,
  	"facts_citation_received_on" timestamp(3) with time zone,
  	"facts_citation_signed_by_id" integer,
  	"facts_personally_notified_on" timestamp(3) with time zone,
  	"facts_mail_delivered_on" timestamp(3) with time zone,
  	"facts_mail_returned_on" timestamp(3) with time zone,
  	"facts_notice_posted_on" timestamp(3) with time zone,
  	"facts_notice_signed_by_id" integer,
  	"facts_appeal_filed_on" timestamp(3) with time zone,
  	"facts_appeal_decision_notified_on" timestamp(3) with time zone,
  	"derived_appearance_deadline" timestamp(3) with time zone,
  	"derived_notice_due_on" timestamp(3) with time zone,
  	"derived_notice_take_down_on" timestamp(3) with time zone,
  	"derived_notified_on" timestamp(3) with time zone,
  	"derived_notified_by" "enum_notifications_derived_notified_by",
  	"derived_response_deadline" timestamp(3) with time zone,
  	"derived_final_on" timestamp(3) with time zone,
  	"branch_id" integer,
  	"assigned_firm_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "case_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_case_events_kind" NOT NULL,
  	"summary" varchar NOT NULL,
  	"actor_id" integer,
  	"actor_email" varchar,
  	"document_id" integer,
  	"branch_id" integer,
  	"assigned_firm_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cases_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "case_events_id" integer;
  ALTER TABLE "cases_debt_lines" ADD CONSTRAINT "cases_debt_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_persuasive_actions" ADD CONSTRAINT "cases_persuasive_actions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases_persuasive_actions" ADD CONSTRAINT "cases_persuasive_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_exceptions" ADD CONSTRAINT "cases_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_measures" ADD CONSTRAINT "cases_measures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_debtor_id_parties_id_fk" FOREIGN KEY ("debtor_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_lcd_drafted_by_id_users_id_fk" FOREIGN KEY ("lcd_drafted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_lcd_signed_by_id_users_id_fk" FOREIGN KEY ("lcd_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_payment_order_signed_by_id_users_id_fk" FOREIGN KEY ("payment_order_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_assigned_firm_id_users_id_fk" FOREIGN KEY ("assigned_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_facts_citation_signed_by_id_users_id_fk" FOREIGN KEY ("facts_citation_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_facts_notice_signed_by_id_users_id_fk" FOREIGN KEY ("facts_notice_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_assigned_firm_id_users_id_fk" FOREIGN KEY ("assigned_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_assigned_firm_id_users_id_fk" FOREIGN KEY ("assigned_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "cases_debt_lines_order_idx" ON "cases_debt_lines" USING btree ("_order");
  CREATE INDEX "cases_debt_lines_parent_id_idx" ON "cases_debt_lines" USING btree ("_parent_id");
  CREATE INDEX "cases_persuasive_actions_order_idx" ON "cases_persuasive_actions" USING btree ("_order");
  CREATE INDEX "cases_persuasive_actions_parent_id_idx" ON "cases_persuasive_actions" USING btree ("_parent_id");
  CREATE INDEX "cases_persuasive_actions_author_idx" ON "cases_persuasive_actions" USING btree ("author_id");
  CREATE INDEX "cases_exceptions_order_idx" ON "cases_exceptions" USING btree ("_order");
  CREATE INDEX "cases_exceptions_parent_id_idx" ON "cases_exceptions" USING btree ("_parent_id");
  CREATE INDEX "cases_measures_order_idx" ON "cases_measures" USING btree ("_order");
  CREATE INDEX "cases_measures_parent_id_idx" ON "cases_measures" USING btree ("_parent_id");
  CREATE INDEX "cases_title_idx" ON "cases" USING btree ("title");
  CREATE INDEX "cases_debtor_idx" ON "cases" USING btree ("debtor_id");
  CREATE INDEX "cases_debtor_name_idx" ON "cases" USING btree ("debtor_name");
  CREATE INDEX "cases_stage_idx" ON "cases" USING btree ("stage");
  CREATE INDEX "cases_sub_state_idx" ON "cases" USING btree ("sub_state");
  CREATE INDEX "cases_next_deadline_idx" ON "cases" USING btree ("next_deadline");
  CREATE INDEX "cases_deadline_flag_idx" ON "cases" USING btree ("deadline_flag");
  CREATE INDEX "cases_oldest_due_date_idx" ON "cases" USING btree ("oldest_due_date");
  CREATE INDEX "cases_lcd_lcd_drafted_by_idx" ON "cases" USING btree ("lcd_drafted_by_id");
  CREATE INDEX "cases_lcd_lcd_signed_by_idx" ON "cases" USING btree ("lcd_signed_by_id");
  CREATE INDEX "cases_payment_order_payment_order_signed_by_idx" ON "cases" USING btree ("payment_order_signed_by_id");
  CREATE INDEX "cases_branch_idx" ON "cases" USING btree ("branch_id");
  CREATE INDEX "cases_assigned_firm_idx" ON "cases" USING btree ("assigned_firm_id");
  CREATE INDEX "cases_responsible_idx" ON "cases" USING btree ("responsible_id");
  CREATE INDEX "cases_updated_at_idx" ON "cases" USING btree ("updated_at");
  CREATE INDEX "cases_created_at_idx" ON "cases" USING btree ("created_at");
  CREATE INDEX "notifications_case_idx" ON "notifications" USING btree ("case_id");
  CREATE INDEX "notifications_act_idx" ON "notifications" USING btree ("act");
  CREATE INDEX "notifications_document_idx" ON "notifications" USING btree ("document_id");
  CREATE INDEX "notifications_status_idx" ON "notifications" USING btree ("status");
  CREATE INDEX "notifications_next_deadline_idx" ON "notifications" USING btree ("next_deadline");
  CREATE INDEX "notifications_facts_facts_citation_signed_by_idx" ON "notifications" USING btree ("facts_citation_signed_by_id");
  CREATE INDEX "notifications_facts_facts_notice_signed_by_idx" ON "notifications" USING btree ("facts_notice_signed_by_id");
  CREATE INDEX "notifications_branch_idx" ON "notifications" USING btree ("branch_id");
  CREATE INDEX "notifications_assigned_firm_idx" ON "notifications" USING btree ("assigned_firm_id");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id");
  CREATE INDEX "case_events_at_idx" ON "case_events" USING btree ("at");
  CREATE INDEX "case_events_kind_idx" ON "case_events" USING btree ("kind");
  CREATE INDEX "case_events_actor_idx" ON "case_events" USING btree ("actor_id");
  CREATE INDEX "case_events_document_idx" ON "case_events" USING btree ("document_id");
  CREATE INDEX "case_events_branch_idx" ON "case_events" USING btree ("branch_id");
  CREATE INDEX "case_events_assigned_firm_idx" ON "case_events" USING btree ("assigned_firm_id");
  CREATE INDEX "case_events_updated_at_idx" ON "case_events" USING btree ("updated_at");
  CREATE INDEX "case_events_created_at_idx" ON "case_events" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_case_events_fk" FOREIGN KEY ("case_events_id") REFERENCES "public"."case_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_cases_id_idx" ON "payload_locked_documents_rels" USING btree ("cases_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_case_events_id_idx" ON "payload_locked_documents_rels" USING btree ("case_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cases_debt_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cases_persuasive_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cases_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cases_measures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "case_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "cases_debt_lines" CASCADE;
  DROP TABLE "cases_persuasive_actions" CASCADE;
  DROP TABLE "cases_exceptions" CASCADE;
  DROP TABLE "cases_measures" CASCADE;
  DROP TABLE "cases" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "case_events" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cases_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_case_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_cases_id_idx";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_case_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cases_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "case_events_id";
  DROP TYPE "public"."enum_cases_debt_lines_concept";
  DROP TYPE "public"."enum_cases_persuasive_actions_channel";
  DROP TYPE "public"."enum_cases_exceptions_ground";
  DROP TYPE "public"."enum_cases_exceptions_decision";
  DROP TYPE "public"."enum_cases_measures_kind";
  DROP TYPE "public"."enum_cases_stage";
  DROP TYPE "public"."enum_cases_sub_state";
  DROP TYPE "public"."enum_cases_deadline_flag";
  DROP TYPE "public"."enum_cases_closure_suspension_reason";
  DROP TYPE "public"."enum_cases_closure_termination_cause";
  DROP TYPE "public"."enum_cases_paused_at_stage";
  DROP TYPE "public"."enum_cases_paused_at_sub_state";
  DROP TYPE "public"."enum_notifications_act";
  DROP TYPE "public"."enum_notifications_status";
  DROP TYPE "public"."enum_notifications_facts_citation_channel";
  DROP TYPE "public"."enum_notifications_derived_notified_by";
  DROP TYPE "public"."enum_case_events_kind";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
