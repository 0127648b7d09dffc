import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_provider_registrations_status" AS ENUM('PENDIENTE', 'ACTIVADA');
  CREATE TYPE "public"."enum_payouts_payment_form" AS ENUM('DISPERSION', 'GIRO_DIRECTO_CESION');
  CREATE TYPE "public"."enum_payouts_account_type" AS ENUM('AHORROS', 'CORRIENTE');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'importPayouts';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'importPayouts';
  CREATE TABLE "provider_registry_sites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"habilitation_code" varchar NOT NULL,
  	"site_name" varchar NOT NULL
  );
  
  CREATE TABLE "provider_registry" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nit" varchar NOT NULL,
  	"check_digit" numeric NOT NULL,
  	"business_name" varchar NOT NULL,
  	"representative_name" varchar NOT NULL,
  	"representative_id" varchar NOT NULL,
  	"address" varchar,
  	"email" varchar NOT NULL,
  	"position" varchar,
  	"phone" varchar,
  	"mobile" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "provider_registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_provider_registrations_status" DEFAULT 'PENDIENTE' NOT NULL,
  	"activated_at" timestamp(3) with time zone,
  	"activated_by_id" integer,
  	"nit" varchar NOT NULL,
  	"business_name" varchar NOT NULL,
  	"habilitation_code" varchar NOT NULL,
  	"provider_id" integer NOT NULL,
  	"user_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"policies_version" varchar NOT NULL,
  	"policies_accepted_at" timestamp(3) with time zone NOT NULL,
  	"accepted_from_ip" varchar NOT NULL,
  	"staff_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payouts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_number" varchar NOT NULL,
  	"paid_on" timestamp(3) with time zone NOT NULL,
  	"payment_form" "enum_payouts_payment_form" NOT NULL,
  	"bank_name" varchar,
  	"account_type" "enum_payouts_account_type",
  	"account_number" varchar,
  	"amount_paid" numeric NOT NULL,
  	"pending_to_apply" numeric DEFAULT 0 NOT NULL,
  	"advance_pending_to_apply" numeric DEFAULT 0 NOT NULL,
  	"provider_id" integer NOT NULL,
  	"nit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payout_invoices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"payout_id" integer NOT NULL,
  	"line" numeric NOT NULL,
  	"voucher_number" varchar NOT NULL,
  	"document_type" varchar NOT NULL,
  	"invoice_number" varchar NOT NULL,
  	"invoice_value" numeric DEFAULT 0,
  	"net_value" numeric DEFAULT 0,
  	"paid_amount" numeric DEFAULT 0,
  	"financial_discount" numeric DEFAULT 0,
  	"balance" numeric DEFAULT 0,
  	"garnishments" numeric DEFAULT 0,
  	"vat" numeric DEFAULT 0,
  	"retefuente" numeric DEFAULT 0,
  	"reteica" numeric DEFAULT 0,
  	"reteiva" numeric DEFAULT 0,
  	"stamp_tax" numeric DEFAULT 0,
  	"crossing_date" timestamp(3) with time zone,
  	"crossing_document" varchar,
  	"crossing_value" numeric DEFAULT 0,
  	"copayment" numeric DEFAULT 0,
  	"moderating_fee" numeric DEFAULT 0,
  	"nit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "provider_registry_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "provider_registrations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payouts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payout_invoices_id" integer;
  ALTER TABLE "provider_registry_sites" ADD CONSTRAINT "provider_registry_sites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."provider_registry"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "provider_registrations" ADD CONSTRAINT "provider_registrations_activated_by_id_users_id_fk" FOREIGN KEY ("activated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "provider_registrations" ADD CONSTRAINT "provider_registrations_provider_id_provider_registry_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider_registry"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "provider_registrations" ADD CONSTRAINT "provider_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payouts" ADD CONSTRAINT "payouts_provider_id_provider_registry_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider_registry"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payout_invoices" ADD CONSTRAINT "payout_invoices_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "provider_registry_sites_order_idx" ON "provider_registry_sites" USING btree ("_order");
  CREATE INDEX "provider_registry_sites_parent_id_idx" ON "provider_registry_sites" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "provider_registry_nit_idx" ON "provider_registry" USING btree ("nit");
  CREATE INDEX "provider_registry_business_name_idx" ON "provider_registry" USING btree ("business_name");
  CREATE INDEX "provider_registry_updated_at_idx" ON "provider_registry" USING btree ("updated_at");
  CREATE INDEX "provider_registry_created_at_idx" ON "provider_registry" USING btree ("created_at");
  CREATE INDEX "provider_registrations_status_idx" ON "provider_registrations" USING btree ("status");
  CREATE INDEX "provider_registrations_activated_by_idx" ON "provider_registrations" USING btree ("activated_by_id");
  CREATE INDEX "provider_registrations_nit_idx" ON "provider_registrations" USING btree ("nit");
  CREATE INDEX "provider_registrations_provider_idx" ON "provider_registrations" USING btree ("provider_id");
  CREATE INDEX "provider_registrations_user_idx" ON "provider_registrations" USING btree ("user_id");
  CREATE INDEX "provider_registrations_updated_at_idx" ON "provider_registrations" USING btree ("updated_at");
  CREATE INDEX "provider_registrations_created_at_idx" ON "provider_registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "payouts_document_number_idx" ON "payouts" USING btree ("document_number");
  CREATE INDEX "payouts_paid_on_idx" ON "payouts" USING btree ("paid_on");
  CREATE INDEX "payouts_payment_form_idx" ON "payouts" USING btree ("payment_form");
  CREATE INDEX "payouts_provider_idx" ON "payouts" USING btree ("provider_id");
  CREATE INDEX "payouts_nit_idx" ON "payouts" USING btree ("nit");
  CREATE INDEX "payouts_updated_at_idx" ON "payouts" USING btree ("updated_at");
  CREATE INDEX "payouts_created_at_idx" ON "payouts" USING btree ("created_at");
  CREATE INDEX "nit_paidOn_idx" ON "payouts" USING btree ("nit","paid_on");
  CREATE INDEX "payout_invoices_payout_idx" ON "payout_invoices" USING btree ("payout_id");
  CREATE INDEX "payout_invoices_line_idx" ON "payout_invoices" USING btree ("line");
  CREATE INDEX "payout_invoices_invoice_number_idx" ON "payout_invoices" USING btree ("invoice_number");
  CREATE INDEX "payout_invoices_nit_idx" ON "payout_invoices" USING btree ("nit");
  CREATE INDEX "payout_invoices_updated_at_idx" ON "payout_invoices" USING btree ("updated_at");
  CREATE INDEX "payout_invoices_created_at_idx" ON "payout_invoices" USING btree ("created_at");
  CREATE INDEX "payout_line_idx" ON "payout_invoices" USING btree ("payout_id","line");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_provider_registry_fk" FOREIGN KEY ("provider_registry_id") REFERENCES "public"."provider_registry"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_provider_registrations_fk" FOREIGN KEY ("provider_registrations_id") REFERENCES "public"."provider_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payouts_fk" FOREIGN KEY ("payouts_id") REFERENCES "public"."payouts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payout_invoices_fk" FOREIGN KEY ("payout_invoices_id") REFERENCES "public"."payout_invoices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_provider_registry_id_idx" ON "payload_locked_documents_rels" USING btree ("provider_registry_id");
  CREATE INDEX "payload_locked_documents_rels_provider_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("provider_registrations_id");
  CREATE INDEX "payload_locked_documents_rels_payouts_id_idx" ON "payload_locked_documents_rels" USING btree ("payouts_id");
  CREATE INDEX "payload_locked_documents_rels_payout_invoices_id_idx" ON "payload_locked_documents_rels" USING btree ("payout_invoices_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "provider_registry_sites" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "provider_registry" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "provider_registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payouts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payout_invoices" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "provider_registry_sites" CASCADE;
  DROP TABLE "provider_registry" CASCADE;
  DROP TABLE "provider_registrations" CASCADE;
  DROP TABLE "payouts" CASCADE;
  DROP TABLE "payout_invoices" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_provider_registry_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_provider_registrations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payouts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payout_invoices_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deadlineSweep', 'sendEmail', 'recomputeTerms');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deadlineSweep', 'sendEmail', 'recomputeTerms');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_provider_registry_id_idx";
  DROP INDEX "payload_locked_documents_rels_provider_registrations_id_idx";
  DROP INDEX "payload_locked_documents_rels_payouts_id_idx";
  DROP INDEX "payload_locked_documents_rels_payout_invoices_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "provider_registry_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "provider_registrations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payouts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payout_invoices_id";
  DROP TYPE "public"."enum_provider_registrations_status";
  DROP TYPE "public"."enum_payouts_payment_form";
  DROP TYPE "public"."enum_payouts_account_type";`)
}
