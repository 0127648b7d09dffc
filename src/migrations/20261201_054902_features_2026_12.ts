import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_act_kind" AS ENUM('CONSTITUCION_EN_MORA', 'LCD', 'CITACION', 'AVISO', 'MANDAMIENTO', 'DECISION_EXCEPCIONES', 'DECISION_RECURSO', 'AVISO_REMATE');
  CREATE TYPE "public"."enum_documents_act_status" AS ENUM('BORRADOR', 'FIRMADO');
  CREATE TYPE "public"."enum_agreements_status" AS ENUM('SOLICITADO', 'EN_ANALISIS', 'REQUISITOS_PENDIENTES', 'APROBADO', 'EN_REQUERIMIENTO', 'SIN_VIGENCIA', 'RECHAZADO', 'DESISTIDO', 'CUMPLIDO');
  CREATE TYPE "public"."enum_agreements_requester_kind" AS ENUM('DEUDOR', 'TERCERO');
  CREATE TYPE "public"."enum_agreements_periodicity" AS ENUM('MENSUAL', 'BIMESTRAL', 'TRIMESTRAL');
  CREATE TYPE "public"."enum_agreements_guarantee_class" AS ENUM('REAL', 'OTRA', 'NINGUNA');
  CREATE TYPE "public"."enum_agreement_instalments_status" AS ENUM('PENDIENTE', 'ABONADA', 'PAGADA', 'VENCIDA');
  CREATE TYPE "public"."enum_email_messages_template" AS ENUM('deadlineDigest', 'providerActivation', 'passwordReset', 'citation');
  CREATE TYPE "public"."enum_email_messages_status" AS ENUM('QUEUED', 'SENT', 'FAILED');
  CREATE TYPE "public"."enum_notices_kind" AS ENUM('AVISO_NOTIFICACION', 'AVISO_REMATE');
  CREATE TYPE "public"."enum_notices_posting_status" AS ENUM('FIJADO', 'RETIRADO');
  CREATE TYPE "public"."enum_notices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__notices_v_version_kind" AS ENUM('AVISO_NOTIFICACION', 'AVISO_REMATE');
  CREATE TYPE "public"."enum__notices_v_version_posting_status" AS ENUM('FIJADO', 'RETIRADO');
  CREATE TYPE "public"."enum__notices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_guarantees_kind" AS ENUM('POLIZA_SEGUROS', 'GARANTIA_BANCARIA', 'HIPOTECA', 'PRENDA_SIN_TENENCIA', 'BIENES_EMBARGO_SECUESTRO', 'FIDUCIA', 'GARANTE_PERSONA_NATURAL', 'GARANTE_PERSONA_JURIDICA', 'RELACION_BIENES', 'PIGNORACION_RENTAS', 'PRENDA_ACTIVO_CIRCULANTE', 'ACCIONES', 'APORTES_INTERES_SOCIAL', 'ESTABLECIMIENTO_COMERCIO', 'CARTERA_CREDITOS', 'FACTURAS', 'INTANGIBLES', 'EQUIPOS_COMPUTO', 'MUEBLES_ENSERES', 'MAQUINARIA');
  CREATE TYPE "public"."enum_guarantees_status" AS ENUM('PROPUESTA', 'PERFECCIONADA', 'SUSTITUIDA', 'EN_EJECUCION', 'LIBERADA');
  CREATE TYPE "public"."enum_guarantees_goods_type" AS ENUM('INMUEBLE', 'VEHICULO', 'MUEBLE', 'OTRO');
  CREATE TYPE "public"."enum_bdme_entries_id_type" AS ENUM('CC', 'CE', 'CD', 'NIT', 'NIT_EXT');
  CREATE TYPE "public"."enum_settings_collection_account_account_type" AS ENUM('Cuenta corriente', 'Cuenta de ahorros');
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
  
  CREATE TABLE "email_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"template" "enum_email_messages_template" NOT NULL,
  	"status" "enum_email_messages_status" DEFAULT 'QUEUED' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"last_attempt_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"message_id" varchar,
  	"server_response" varchar,
  	"cause_collection" varchar,
  	"cause_id" varchar,
  	"key" varchar,
  	"text" varchar NOT NULL,
  	"html" varchar,
  	"sending_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "email_messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"provider_registrations_id" integer,
  	"cases_id" integer,
  	"notifications_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_notices_kind" DEFAULT 'AVISO_NOTIFICACION',
  	"notification_id" integer,
  	"debtor_name" varchar,
  	"debtor_id" varchar,
  	"branch_id" integer,
  	"branch_name" varchar,
  	"text" jsonb,
  	"document_id" integer,
  	"posted_on" timestamp(3) with time zone,
  	"auction_on" timestamp(3) with time zone,
  	"take_down_on" timestamp(3) with time zone,
  	"deemed_notified_on" timestamp(3) with time zone,
  	"posting_status" "enum_notices_posting_status",
  	"taken_down_on" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_notices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_notices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__notices_v_version_kind" DEFAULT 'AVISO_NOTIFICACION',
  	"version_notification_id" integer,
  	"version_debtor_name" varchar,
  	"version_debtor_id" varchar,
  	"version_branch_id" integer,
  	"version_branch_name" varchar,
  	"version_text" jsonb,
  	"version_document_id" integer,
  	"version_posted_on" timestamp(3) with time zone,
  	"version_auction_on" timestamp(3) with time zone,
  	"version_take_down_on" timestamp(3) with time zone,
  	"version_deemed_notified_on" timestamp(3) with time zone,
  	"version_posting_status" "enum__notices_v_version_posting_status",
  	"version_taken_down_on" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__notices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
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
  
  ALTER TABLE "payments" ALTER COLUMN "legalization_id" DROP NOT NULL;
  ALTER TABLE "payments" ALTER COLUMN "clave" DROP NOT NULL;
  ALTER TABLE "documents" ADD COLUMN "on_notice" boolean;
  ALTER TABLE "documents" ADD COLUMN "on_published_notice" boolean;
  ALTER TABLE "documents" ADD COLUMN "act_kind" "enum_documents_act_kind";
  ALTER TABLE "documents" ADD COLUMN "act_status" "enum_documents_act_status";
  ALTER TABLE "documents" ADD COLUMN "case_id" integer;
  ALTER TABLE "documents" ADD COLUMN "signed_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "signed_at" timestamp(3) with time zone;
  ALTER TABLE "payments" ADD COLUMN "agreement_id" integer;
  ALTER TABLE "payments" ADD COLUMN "idempotency_key" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agreements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agreement_instalments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guarantees_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bdme_entries_id" integer;
  ALTER TABLE "settings" ADD COLUMN "insurer_name" varchar DEFAULT 'Positiva Compañía de Seguros S.A.';
  ALTER TABLE "settings" ADD COLUMN "insurer_nit" varchar DEFAULT '860.011.153-6';
  ALTER TABLE "settings" ADD COLUMN "collection_account_bank" varchar;
  ALTER TABLE "settings" ADD COLUMN "collection_account_account_type" "enum_settings_collection_account_account_type" DEFAULT 'Cuenta corriente';
  ALTER TABLE "settings" ADD COLUMN "collection_account_number" varchar;
  ALTER TABLE "settings" ADD COLUMN "collection_account_holder" varchar;
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
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."email_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_provider_registrations_fk" FOREIGN KEY ("provider_registrations_id") REFERENCES "public"."provider_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_parent_id_notices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_notification_id_notifications_id_fk" FOREIGN KEY ("version_notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_branch_id_branches_id_fk" FOREIGN KEY ("version_branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_document_id_documents_id_fk" FOREIGN KEY ("version_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "email_messages_to_idx" ON "email_messages" USING btree ("to");
  CREATE INDEX "email_messages_status_idx" ON "email_messages" USING btree ("status");
  CREATE INDEX "email_messages_message_id_idx" ON "email_messages" USING btree ("message_id");
  CREATE INDEX "email_messages_cause_collection_idx" ON "email_messages" USING btree ("cause_collection");
  CREATE INDEX "email_messages_cause_id_idx" ON "email_messages" USING btree ("cause_id");
  CREATE UNIQUE INDEX "email_messages_key_idx" ON "email_messages" USING btree ("key");
  CREATE INDEX "email_messages_updated_at_idx" ON "email_messages" USING btree ("updated_at");
  CREATE INDEX "email_messages_created_at_idx" ON "email_messages" USING btree ("created_at");
  CREATE INDEX "email_messages_rels_order_idx" ON "email_messages_rels" USING btree ("order");
  CREATE INDEX "email_messages_rels_parent_idx" ON "email_messages_rels" USING btree ("parent_id");
  CREATE INDEX "email_messages_rels_path_idx" ON "email_messages_rels" USING btree ("path");
  CREATE INDEX "email_messages_rels_users_id_idx" ON "email_messages_rels" USING btree ("users_id");
  CREATE INDEX "email_messages_rels_provider_registrations_id_idx" ON "email_messages_rels" USING btree ("provider_registrations_id");
  CREATE INDEX "email_messages_rels_cases_id_idx" ON "email_messages_rels" USING btree ("cases_id");
  CREATE INDEX "email_messages_rels_notifications_id_idx" ON "email_messages_rels" USING btree ("notifications_id");
  CREATE INDEX "email_messages_rels_documents_id_idx" ON "email_messages_rels" USING btree ("documents_id");
  CREATE INDEX "notices_notification_idx" ON "notices" USING btree ("notification_id");
  CREATE INDEX "notices_debtor_name_idx" ON "notices" USING btree ("debtor_name");
  CREATE INDEX "notices_debtor_id_idx" ON "notices" USING btree ("debtor_id");
  CREATE INDEX "notices_branch_idx" ON "notices" USING btree ("branch_id");
  CREATE INDEX "notices_document_idx" ON "notices" USING btree ("document_id");
  CREATE INDEX "notices_posted_on_idx" ON "notices" USING btree ("posted_on");
  CREATE INDEX "notices_take_down_on_idx" ON "notices" USING btree ("take_down_on");
  CREATE INDEX "notices_posting_status_idx" ON "notices" USING btree ("posting_status");
  CREATE INDEX "notices_updated_at_idx" ON "notices" USING btree ("updated_at");
  CREATE INDEX "notices_created_at_idx" ON "notices" USING btree ("created_at");
  CREATE INDEX "notices__status_idx" ON "notices" USING btree ("_status");
  CREATE INDEX "_notices_v_parent_idx" ON "_notices_v" USING btree ("parent_id");
  CREATE INDEX "_notices_v_version_version_notification_idx" ON "_notices_v" USING btree ("version_notification_id");
  CREATE INDEX "_notices_v_version_version_debtor_name_idx" ON "_notices_v" USING btree ("version_debtor_name");
  CREATE INDEX "_notices_v_version_version_debtor_id_idx" ON "_notices_v" USING btree ("version_debtor_id");
  CREATE INDEX "_notices_v_version_version_branch_idx" ON "_notices_v" USING btree ("version_branch_id");
  CREATE INDEX "_notices_v_version_version_document_idx" ON "_notices_v" USING btree ("version_document_id");
  CREATE INDEX "_notices_v_version_version_posted_on_idx" ON "_notices_v" USING btree ("version_posted_on");
  CREATE INDEX "_notices_v_version_version_take_down_on_idx" ON "_notices_v" USING btree ("version_take_down_on");
  CREATE INDEX "_notices_v_version_version_posting_status_idx" ON "_notices_v" USING btree ("version_posting_status");
  CREATE INDEX "_notices_v_version_version_updated_at_idx" ON "_notices_v" USING btree ("version_updated_at");
  CREATE INDEX "_notices_v_version_version_created_at_idx" ON "_notices_v" USING btree ("version_created_at");
  CREATE INDEX "_notices_v_version_version__status_idx" ON "_notices_v" USING btree ("version__status");
  CREATE INDEX "_notices_v_created_at_idx" ON "_notices_v" USING btree ("created_at");
  CREATE INDEX "_notices_v_updated_at_idx" ON "_notices_v" USING btree ("updated_at");
  CREATE INDEX "_notices_v_latest_idx" ON "_notices_v" USING btree ("latest");
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
  ALTER TABLE "documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_signed_by_id_users_id_fk" FOREIGN KEY ("signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agreements_fk" FOREIGN KEY ("agreements_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agreement_instalments_fk" FOREIGN KEY ("agreement_instalments_id") REFERENCES "public"."agreement_instalments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_messages_fk" FOREIGN KEY ("email_messages_id") REFERENCES "public"."email_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notices_fk" FOREIGN KEY ("notices_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guarantees_fk" FOREIGN KEY ("guarantees_id") REFERENCES "public"."guarantees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bdme_entries_fk" FOREIGN KEY ("bdme_entries_id") REFERENCES "public"."bdme_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_on_notice_idx" ON "documents" USING btree ("on_notice");
  CREATE INDEX "documents_on_published_notice_idx" ON "documents" USING btree ("on_published_notice");
  CREATE INDEX "documents_act_kind_idx" ON "documents" USING btree ("act_kind");
  CREATE INDEX "documents_act_status_idx" ON "documents" USING btree ("act_status");
  CREATE INDEX "documents_case_idx" ON "documents" USING btree ("case_id");
  CREATE INDEX "documents_signed_by_idx" ON "documents" USING btree ("signed_by_id");
  CREATE INDEX "payments_agreement_idx" ON "payments" USING btree ("agreement_id");
  CREATE UNIQUE INDEX "payments_idempotency_key_idx" ON "payments" USING btree ("idempotency_key");
  CREATE INDEX "payload_locked_documents_rels_agreements_id_idx" ON "payload_locked_documents_rels" USING btree ("agreements_id");
  CREATE INDEX "payload_locked_documents_rels_agreement_instalments_id_idx" ON "payload_locked_documents_rels" USING btree ("agreement_instalments_id");
  CREATE INDEX "payload_locked_documents_rels_email_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("email_messages_id");
  CREATE INDEX "payload_locked_documents_rels_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("notices_id");
  CREATE INDEX "payload_locked_documents_rels_guarantees_id_idx" ON "payload_locked_documents_rels" USING btree ("guarantees_id");
  CREATE INDEX "payload_locked_documents_rels_bdme_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("bdme_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "agreements_obligations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreement_instalments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "email_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "email_messages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_notices_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guarantees" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bdme_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "agreements_obligations" CASCADE;
  DROP TABLE "agreements" CASCADE;
  DROP TABLE "agreement_instalments" CASCADE;
  DROP TABLE "email_messages" CASCADE;
  DROP TABLE "email_messages_rels" CASCADE;
  DROP TABLE "notices" CASCADE;
  DROP TABLE "_notices_v" CASCADE;
  DROP TABLE "guarantees" CASCADE;
  DROP TABLE "bdme_entries" CASCADE;
  ALTER TABLE "documents" DROP CONSTRAINT "documents_case_id_cases_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_signed_by_id_users_id_fk";
  
  ALTER TABLE "payments" DROP CONSTRAINT "payments_agreement_id_agreements_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agreements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agreement_instalments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_guarantees_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bdme_entries_fk";
  
  DROP INDEX "documents_on_notice_idx";
  DROP INDEX "documents_on_published_notice_idx";
  DROP INDEX "documents_act_kind_idx";
  DROP INDEX "documents_act_status_idx";
  DROP INDEX "documents_case_idx";
  DROP INDEX "documents_signed_by_idx";
  DROP INDEX "payments_agreement_idx";
  DROP INDEX "payments_idempotency_key_idx";
  DROP INDEX "payload_locked_documents_rels_agreements_id_idx";
  DROP INDEX "payload_locked_documents_rels_agreement_instalments_id_idx";
  DROP INDEX "payload_locked_documents_rels_email_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_notices_id_idx";
  DROP INDEX "payload_locked_documents_rels_guarantees_id_idx";
  DROP INDEX "payload_locked_documents_rels_bdme_entries_id_idx";
  ALTER TABLE "payments" ALTER COLUMN "legalization_id" SET NOT NULL;
  ALTER TABLE "payments" ALTER COLUMN "clave" SET NOT NULL;
  ALTER TABLE "documents" DROP COLUMN "on_notice";
  ALTER TABLE "documents" DROP COLUMN "on_published_notice";
  ALTER TABLE "documents" DROP COLUMN "act_kind";
  ALTER TABLE "documents" DROP COLUMN "act_status";
  ALTER TABLE "documents" DROP COLUMN "case_id";
  ALTER TABLE "documents" DROP COLUMN "signed_by_id";
  ALTER TABLE "documents" DROP COLUMN "signed_at";
  ALTER TABLE "payments" DROP COLUMN "agreement_id";
  ALTER TABLE "payments" DROP COLUMN "idempotency_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agreements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agreement_instalments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guarantees_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bdme_entries_id";
  ALTER TABLE "settings" DROP COLUMN "insurer_name";
  ALTER TABLE "settings" DROP COLUMN "insurer_nit";
  ALTER TABLE "settings" DROP COLUMN "collection_account_bank";
  ALTER TABLE "settings" DROP COLUMN "collection_account_account_type";
  ALTER TABLE "settings" DROP COLUMN "collection_account_number";
  ALTER TABLE "settings" DROP COLUMN "collection_account_holder";
  DROP TYPE "public"."enum_documents_act_kind";
  DROP TYPE "public"."enum_documents_act_status";
  DROP TYPE "public"."enum_agreements_status";
  DROP TYPE "public"."enum_agreements_requester_kind";
  DROP TYPE "public"."enum_agreements_periodicity";
  DROP TYPE "public"."enum_agreements_guarantee_class";
  DROP TYPE "public"."enum_agreement_instalments_status";
  DROP TYPE "public"."enum_email_messages_template";
  DROP TYPE "public"."enum_email_messages_status";
  DROP TYPE "public"."enum_notices_kind";
  DROP TYPE "public"."enum_notices_posting_status";
  DROP TYPE "public"."enum_notices_status";
  DROP TYPE "public"."enum__notices_v_version_kind";
  DROP TYPE "public"."enum__notices_v_version_posting_status";
  DROP TYPE "public"."enum__notices_v_version_status";
  DROP TYPE "public"."enum_guarantees_kind";
  DROP TYPE "public"."enum_guarantees_status";
  DROP TYPE "public"."enum_guarantees_goods_type";
  DROP TYPE "public"."enum_bdme_entries_id_type";
  DROP TYPE "public"."enum_settings_collection_account_account_type";`)
}
