import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_requests_status_history_from" AS ENUM('RADICADO', 'DEVUELTO', 'ESCALADO', 'FINALIZADO', 'RECHAZADO');
  CREATE TYPE "public"."enum_requests_status_history_to" AS ENUM('RADICADO', 'DEVUELTO', 'ESCALADO', 'FINALIZADO', 'RECHAZADO');
  CREATE TYPE "public"."enum_requests_status" AS ENUM('RADICADO', 'DEVUELTO', 'ESCALADO', 'FINALIZADO', 'RECHAZADO');
  CREATE TYPE "public"."enum_requests_client_id_type" AS ENUM('CC', 'CE', 'CD', 'NIT', 'NIT_EXT');
  CREATE TYPE "public"."enum_requests_policy_type" AS ENUM('INDIVIDUAL', 'COLECTIVA');
  CREATE TYPE "public"."enum_requests_line_of_business" AS ENUM('AU-LIVIANOS', 'AU-TOTAL-CAR', 'AU-PESADOS', 'MOTOS', 'SOAT', 'HOGAR', 'VIDA-GRUPO', 'SALUD', 'CUMPLIMIENTO', 'RESP-CIVIL', 'PYME');
  CREATE TYPE "public"."enum_legalizations_means_kind" AS ENUM('CONSIGNACION_EFECTIVO', 'CONSIGNACION_CHEQUE', 'TRANSFERENCIA', 'DATAFONO');
  CREATE TYPE "public"."enum_legalizations_means_franchise" AS ENUM('VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DINERS');
  CREATE TYPE "public"."enum_legalizations_flow" AS ENUM('AUTOMATICO', 'MANUAL');
  CREATE TYPE "public"."enum_legalizations_status" AS ENUM('BORRADOR', 'CONFIRMADA');
  CREATE TYPE "public"."enum_legalizations_holder_id_type" AS ENUM('CC', 'CE', 'CD', 'NIT', 'NIT_EXT');
  CREATE TYPE "public"."enum_legalizations_policy_type" AS ENUM('INDIVIDUAL', 'COLECTIVA');
  CREATE TYPE "public"."enum_legalizations_line_of_business" AS ENUM('AU-LIVIANOS', 'AU-TOTAL-CAR', 'AU-PESADOS', 'MOTOS', 'SOAT', 'HOGAR', 'VIDA-GRUPO', 'SALUD', 'CUMPLIMIENTO', 'RESP-CIVIL', 'PYME');
  CREATE TYPE "public"."enum_payments_kind" AS ENUM('CONSIGNACION_EFECTIVO', 'CONSIGNACION_CHEQUE', 'TRANSFERENCIA', 'DATAFONO');
  CREATE TYPE "public"."enum_payments_franchise" AS ENUM('VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DINERS');
  CREATE TABLE "requests_comments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"author_id" integer,
  	"author_name" varchar,
  	"posted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "requests_status_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_requests_status_history_from",
  	"to" "enum_requests_status_history_to" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"by_name" varchar
  );
  
  CREATE TABLE "requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_number" varchar,
  	"status" "enum_requests_status" DEFAULT 'RADICADO' NOT NULL,
  	"kind_id" integer NOT NULL,
  	"subtype" varchar NOT NULL,
  	"title" varchar,
  	"client_id_type" "enum_requests_client_id_type",
  	"client_id_number" varchar,
  	"client_check_digit" numeric,
  	"client_id" integer,
  	"client_name" varchar,
  	"policy_type" "enum_requests_policy_type",
  	"policy_number" varchar,
  	"certificate" varchar,
  	"line_of_business" "enum_requests_line_of_business",
  	"plate" varchar,
  	"policy_id" integer,
  	"clave" varchar NOT NULL,
  	"filed_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"comment_count" numeric DEFAULT 0,
  	"last_comment_at" timestamp(3) with time zone,
  	"legalization_id" integer,
  	"filed_by_id" integer,
  	"branch_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "request_kinds_subtypes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"needs_client" boolean DEFAULT false,
  	"needs_product" boolean DEFAULT false,
  	"form_id" integer
  );
  
  CREATE TABLE "request_kinds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "legalizations_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"policy_id" integer,
  	"policy_number" varchar,
  	"policy_type" varchar,
  	"premium" numeric,
  	"cover_start" timestamp(3) with time zone,
  	"amount" numeric
  );
  
  CREATE TABLE "legalizations_means" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_legalizations_means_kind",
  	"paid_on" timestamp(3) with time zone,
  	"amount" numeric,
  	"bank_account" varchar,
  	"bank_branch" varchar,
  	"authorization_number" varchar,
  	"franchise" "enum_legalizations_means_franchise"
  );
  
  CREATE TABLE "legalizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"flow" "enum_legalizations_flow" DEFAULT 'AUTOMATICO' NOT NULL,
  	"status" "enum_legalizations_status" DEFAULT 'BORRADOR' NOT NULL,
  	"total" numeric,
  	"holder_id_type" "enum_legalizations_holder_id_type",
  	"holder_id_number" varchar,
  	"holder_check_digit" numeric,
  	"holder_name" varchar,
  	"policy_type" "enum_legalizations_policy_type",
  	"line_of_business" "enum_legalizations_line_of_business",
  	"manual_policy_number" varchar,
  	"clave" varchar NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"confirmed_by_id" integer,
  	"idempotency_key" varchar,
  	"request_id" integer,
  	"branch_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "legalizations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policies_id" integer
  );
  
  CREATE TABLE "payments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_payments_kind" NOT NULL,
  	"paid_on" timestamp(3) with time zone NOT NULL,
  	"amount" numeric NOT NULL,
  	"bank_account" varchar,
  	"bank_branch" varchar,
  	"authorization_number" varchar,
  	"franchise" "enum_payments_franchise",
  	"legalization_id" integer NOT NULL,
  	"clave" varchar NOT NULL,
  	"branch_id" integer,
  	"recorded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policies_id" integer
  );
  
  CREATE TABLE "case_number_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"last_number" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "request_kinds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "legalizations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "case_number_counters_id" integer;
  ALTER TABLE "requests_comments" ADD CONSTRAINT "requests_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests_comments" ADD CONSTRAINT "requests_comments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests_status_history" ADD CONSTRAINT "requests_status_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests_status_history" ADD CONSTRAINT "requests_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_kind_id_request_kinds_id_fk" FOREIGN KEY ("kind_id") REFERENCES "public"."request_kinds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_client_id_parties_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_legalization_id_legalizations_id_fk" FOREIGN KEY ("legalization_id") REFERENCES "public"."legalizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_filed_by_id_users_id_fk" FOREIGN KEY ("filed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests_rels" ADD CONSTRAINT "requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests_rels" ADD CONSTRAINT "requests_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "request_kinds_subtypes" ADD CONSTRAINT "request_kinds_subtypes_form_id_documents_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "request_kinds_subtypes" ADD CONSTRAINT "request_kinds_subtypes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."request_kinds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legalizations_items" ADD CONSTRAINT "legalizations_items_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legalizations_items" ADD CONSTRAINT "legalizations_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legalizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legalizations_means" ADD CONSTRAINT "legalizations_means_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legalizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legalizations" ADD CONSTRAINT "legalizations_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legalizations" ADD CONSTRAINT "legalizations_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legalizations" ADD CONSTRAINT "legalizations_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legalizations_rels" ADD CONSTRAINT "legalizations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legalizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legalizations_rels" ADD CONSTRAINT "legalizations_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_legalization_id_legalizations_id_fk" FOREIGN KEY ("legalization_id") REFERENCES "public"."legalizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments_rels" ADD CONSTRAINT "payments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payments_rels" ADD CONSTRAINT "payments_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "requests_comments_order_idx" ON "requests_comments" USING btree ("_order");
  CREATE INDEX "requests_comments_parent_id_idx" ON "requests_comments" USING btree ("_parent_id");
  CREATE INDEX "requests_comments_author_idx" ON "requests_comments" USING btree ("author_id");
  CREATE INDEX "requests_status_history_order_idx" ON "requests_status_history" USING btree ("_order");
  CREATE INDEX "requests_status_history_parent_id_idx" ON "requests_status_history" USING btree ("_parent_id");
  CREATE INDEX "requests_status_history_by_idx" ON "requests_status_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "requests_case_number_idx" ON "requests" USING btree ("case_number");
  CREATE INDEX "requests_status_idx" ON "requests" USING btree ("status");
  CREATE INDEX "requests_kind_idx" ON "requests" USING btree ("kind_id");
  CREATE INDEX "requests_subtype_idx" ON "requests" USING btree ("subtype");
  CREATE INDEX "requests_client_id_type_idx" ON "requests" USING btree ("client_id_type");
  CREATE INDEX "requests_client_id_number_idx" ON "requests" USING btree ("client_id_number");
  CREATE INDEX "requests_client_idx" ON "requests" USING btree ("client_id");
  CREATE INDEX "requests_client_name_idx" ON "requests" USING btree ("client_name");
  CREATE INDEX "requests_policy_number_idx" ON "requests" USING btree ("policy_number");
  CREATE INDEX "requests_line_of_business_idx" ON "requests" USING btree ("line_of_business");
  CREATE INDEX "requests_policy_idx" ON "requests" USING btree ("policy_id");
  CREATE INDEX "requests_clave_idx" ON "requests" USING btree ("clave");
  CREATE INDEX "requests_filed_at_idx" ON "requests" USING btree ("filed_at");
  CREATE INDEX "requests_closed_at_idx" ON "requests" USING btree ("closed_at");
  CREATE INDEX "requests_last_comment_at_idx" ON "requests" USING btree ("last_comment_at");
  CREATE INDEX "requests_legalization_idx" ON "requests" USING btree ("legalization_id");
  CREATE INDEX "requests_filed_by_idx" ON "requests" USING btree ("filed_by_id");
  CREATE INDEX "requests_branch_idx" ON "requests" USING btree ("branch_id");
  CREATE INDEX "requests_updated_at_idx" ON "requests" USING btree ("updated_at");
  CREATE INDEX "requests_created_at_idx" ON "requests" USING btree ("created_at");
  CREATE INDEX "requests_rels_order_idx" ON "requests_rels" USING btree ("order");
  CREATE INDEX "requests_rels_parent_idx" ON "requests_rels" USING btree ("parent_id");
  CREATE INDEX "requests_rels_path_idx" ON "requests_rels" USING btree ("path");
  CREATE INDEX "requests_rels_documents_id_idx" ON "requests_rels" USING btree ("documents_id");
  CREATE INDEX "request_kinds_subtypes_order_idx" ON "request_kinds_subtypes" USING btree ("_order");
  CREATE INDEX "request_kinds_subtypes_parent_id_idx" ON "request_kinds_subtypes" USING btree ("_parent_id");
  CREATE INDEX "request_kinds_subtypes_form_idx" ON "request_kinds_subtypes" USING btree ("form_id");
  CREATE UNIQUE INDEX "request_kinds_code_idx" ON "request_kinds" USING btree ("code");
  CREATE INDEX "request_kinds_active_idx" ON "request_kinds" USING btree ("active");
  CREATE INDEX "request_kinds_updated_at_idx" ON "request_kinds" USING btree ("updated_at");
  CREATE INDEX "request_kinds_created_at_idx" ON "request_kinds" USING btree ("created_at");
  CREATE INDEX "legalizations_items_order_idx" ON "legalizations_items" USING btree ("_order");
  CREATE INDEX "legalizations_items_parent_id_idx" ON "legalizations_items" USING btree ("_parent_id");
  CREATE INDEX "legalizations_items_policy_idx" ON "legalizations_items" USING btree ("policy_id");
  CREATE INDEX "legalizations_means_order_idx" ON "legalizations_means" USING btree ("_order");
  CREATE INDEX "legalizations_means_parent_id_idx" ON "legalizations_means" USING btree ("_parent_id");
  CREATE INDEX "legalizations_flow_idx" ON "legalizations" USING btree ("flow");
  CREATE INDEX "legalizations_status_idx" ON "legalizations" USING btree ("status");
  CREATE INDEX "legalizations_total_idx" ON "legalizations" USING btree ("total");
  CREATE INDEX "legalizations_holder_id_number_idx" ON "legalizations" USING btree ("holder_id_number");
  CREATE INDEX "legalizations_manual_policy_number_idx" ON "legalizations" USING btree ("manual_policy_number");
  CREATE INDEX "legalizations_clave_idx" ON "legalizations" USING btree ("clave");
  CREATE INDEX "legalizations_confirmed_at_idx" ON "legalizations" USING btree ("confirmed_at");
  CREATE INDEX "legalizations_confirmed_by_idx" ON "legalizations" USING btree ("confirmed_by_id");
  CREATE UNIQUE INDEX "legalizations_idempotency_key_idx" ON "legalizations" USING btree ("idempotency_key");
  CREATE INDEX "legalizations_request_idx" ON "legalizations" USING btree ("request_id");
  CREATE INDEX "legalizations_branch_idx" ON "legalizations" USING btree ("branch_id");
  CREATE INDEX "legalizations_updated_at_idx" ON "legalizations" USING btree ("updated_at");
  CREATE INDEX "legalizations_created_at_idx" ON "legalizations" USING btree ("created_at");
  CREATE INDEX "legalizations_rels_order_idx" ON "legalizations_rels" USING btree ("order");
  CREATE INDEX "legalizations_rels_parent_idx" ON "legalizations_rels" USING btree ("parent_id");
  CREATE INDEX "legalizations_rels_path_idx" ON "legalizations_rels" USING btree ("path");
  CREATE INDEX "legalizations_rels_policies_id_idx" ON "legalizations_rels" USING btree ("policies_id");
  CREATE INDEX "payments_kind_idx" ON "payments" USING btree ("kind");
  CREATE INDEX "payments_paid_on_idx" ON "payments" USING btree ("paid_on");
  CREATE INDEX "payments_legalization_idx" ON "payments" USING btree ("legalization_id");
  CREATE INDEX "payments_clave_idx" ON "payments" USING btree ("clave");
  CREATE INDEX "payments_branch_idx" ON "payments" USING btree ("branch_id");
  CREATE INDEX "payments_recorded_by_idx" ON "payments" USING btree ("recorded_by_id");
  CREATE INDEX "payments_updated_at_idx" ON "payments" USING btree ("updated_at");
  CREATE INDEX "payments_created_at_idx" ON "payments" USING btree ("created_at");
  CREATE INDEX "payments_rels_order_idx" ON "payments_rels" USING btree ("order");
  CREATE INDEX "payments_rels_parent_idx" ON "payments_rels" USING btree ("parent_id");
  CREATE INDEX "payments_rels_path_idx" ON "payments_rels" USING btree ("path");
  CREATE INDEX "payments_rels_policies_id_idx" ON "payments_rels" USING btree ("policies_id");
  CREATE UNIQUE INDEX "case_number_counters_year_idx" ON "case_number_counters" USING btree ("year");
  CREATE INDEX "case_number_counters_updated_at_idx" ON "case_number_counters" USING btree ("updated_at");
  CREATE INDEX "case_number_counters_created_at_idx" ON "case_number_counters" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_requests_fk" FOREIGN KEY ("requests_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_request_kinds_fk" FOREIGN KEY ("request_kinds_id") REFERENCES "public"."request_kinds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legalizations_fk" FOREIGN KEY ("legalizations_id") REFERENCES "public"."legalizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payments_fk" FOREIGN KEY ("payments_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_case_number_counters_fk" FOREIGN KEY ("case_number_counters_id") REFERENCES "public"."case_number_counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("requests_id");
  CREATE INDEX "payload_locked_documents_rels_request_kinds_id_idx" ON "payload_locked_documents_rels" USING btree ("request_kinds_id");
  CREATE INDEX "payload_locked_documents_rels_legalizations_id_idx" ON "payload_locked_documents_rels" USING btree ("legalizations_id");
  CREATE INDEX "payload_locked_documents_rels_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("payments_id");
  CREATE INDEX "payload_locked_documents_rels_case_number_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("case_number_counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "requests_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "requests_status_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_kinds_subtypes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legalizations_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legalizations_means" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legalizations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legalizations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "case_number_counters" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "requests_comments" CASCADE;
  DROP TABLE "requests_status_history" CASCADE;
  DROP TABLE "requests" CASCADE;
  DROP TABLE "requests_rels" CASCADE;
  DROP TABLE "request_kinds_subtypes" CASCADE;
  DROP TABLE "request_kinds" CASCADE;
  DROP TABLE "legalizations_items" CASCADE;
  DROP TABLE "legalizations_means" CASCADE;
  DROP TABLE "legalizations" CASCADE;
  DROP TABLE "legalizations_rels" CASCADE;
  DROP TABLE "payments" CASCADE;
  DROP TABLE "payments_rels" CASCADE;
  DROP TABLE "case_number_counters" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_request_kinds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_legalizations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_case_number_counters_fk";
  
  DROP INDEX "payload_locked_documents_rels_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_request_kinds_id_idx";
  DROP INDEX "payload_locked_documents_rels_legalizations_id_idx";
  DROP INDEX "payload_locked_documents_rels_payments_id_idx";
  DROP INDEX "payload_locked_documents_rels_case_number_counters_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "request_kinds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "legalizations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "case_number_counters_id";
  DROP TYPE "public"."enum_requests_status_history_from";
  DROP TYPE "public"."enum_requests_status_history_to";
  DROP TYPE "public"."enum_requests_status";
  DROP TYPE "public"."enum_requests_client_id_type";
  DROP TYPE "public"."enum_requests_policy_type";
  DROP TYPE "public"."enum_requests_line_of_business";
  DROP TYPE "public"."enum_legalizations_means_kind";
  DROP TYPE "public"."enum_legalizations_means_franchise";
  DROP TYPE "public"."enum_legalizations_flow";
  DROP TYPE "public"."enum_legalizations_status";
  DROP TYPE "public"."enum_legalizations_holder_id_type";
  DROP TYPE "public"."enum_legalizations_policy_type";
  DROP TYPE "public"."enum_legalizations_line_of_business";
  DROP TYPE "public"."enum_payments_kind";
  DROP TYPE "public"."enum_payments_franchise";`)
}
