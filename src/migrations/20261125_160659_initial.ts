import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'gerente_recaudo', 'gerente_sucursal', 'profesional_sucursal', 'firma_externa', 'funcionario_ejecutor', 'gerente_juridico', 'editor', 'intermediario', 'prestador');
  CREATE TYPE "public"."enum_parties_id_type" AS ENUM('CC', 'CE', 'CD', 'NIT', 'NIT_EXT');
  CREATE TYPE "public"."enum_parties_insolvency_status" AS ENUM('NINGUNO', 'REESTRUCTURACION', 'REORGANIZACION', 'LIQUIDACION');
  CREATE TYPE "public"."enum_policies_type" AS ENUM('INDIVIDUAL', 'COLECTIVA');
  CREATE TYPE "public"."enum_policies_line_of_business" AS ENUM('AU-LIVIANOS', 'AU-TOTAL-CAR', 'AU-PESADOS', 'MOTOS', 'SOAT', 'HOGAR', 'VIDA-GRUPO', 'SALUD', 'CUMPLIMIENTO', 'RESP-CIVIL', 'PYME');
  CREATE TYPE "public"."enum_policies_payment_status" AS ENUM('PENDIENTE', 'PARCIAL', 'PAGADA');
  CREATE TYPE "public"."enum_policies_status" AS ENUM('VIGENTE', 'CANCELADA', 'NO_RENOVADA');
  CREATE TYPE "public"."enum_documents_category" AS ENUM('SOPORTE', 'FORMULARIO', 'EXPEDIENTE', 'OTRO');
  CREATE TYPE "public"."enum_audit_logs_operation" AS ENUM('create', 'update', 'delete');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'profesional_sucursal' NOT NULL,
  	"branch_id" integer,
  	"nit" varchar,
  	"firm_name" varchar,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "branches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"city" varchar NOT NULL,
  	"address" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "parties_addresses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"address" varchar NOT NULL,
  	"city" varchar NOT NULL,
  	"department" varchar,
  	"is_notification_address" boolean
  );
  
  CREATE TABLE "parties_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"authorized_for_notices" boolean
  );
  
  CREATE TABLE "parties_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL
  );
  
  CREATE TABLE "parties" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"id_type" "enum_parties_id_type" NOT NULL,
  	"id_number" varchar NOT NULL,
  	"check_digit" numeric,
  	"first_name" varchar,
  	"last_name" varchar,
  	"business_name" varchar,
  	"display_name" varchar,
  	"cannot_be_located" boolean DEFAULT false,
  	"insolvency_status" "enum_parties_insolvency_status" DEFAULT 'NINGUNO' NOT NULL,
  	"insolvency_since" timestamp(3) with time zone,
  	"reported_to_bdme" boolean DEFAULT false,
  	"bdme_reported_at" timestamp(3) with time zone,
  	"branch_id" integer NOT NULL,
  	"assigned_firm_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "parties_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"type" "enum_policies_type" DEFAULT 'INDIVIDUAL' NOT NULL,
  	"certificate" varchar DEFAULT '0',
  	"line_of_business" "enum_policies_line_of_business" NOT NULL,
  	"plate" varchar,
  	"holder_id" integer NOT NULL,
  	"issue_date" timestamp(3) with time zone NOT NULL,
  	"cover_start" timestamp(3) with time zone NOT NULL,
  	"cover_end" timestamp(3) with time zone NOT NULL,
  	"premium" numeric NOT NULL,
  	"total_due" numeric NOT NULL,
  	"amount_paid" numeric DEFAULT 0,
  	"payment_due_date" timestamp(3) with time zone NOT NULL,
  	"payment_status" "enum_policies_payment_status" DEFAULT 'PENDIENTE' NOT NULL,
  	"status" "enum_policies_status" DEFAULT 'VIGENTE' NOT NULL,
  	"cancelled_at" timestamp(3) with time zone,
  	"clave" varchar NOT NULL,
  	"branch_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"category" "enum_documents_category" DEFAULT 'SOPORTE' NOT NULL,
  	"description" varchar,
  	"uploaded_by_id" integer,
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
  
  CREATE TABLE "audit_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"operation" "enum_audit_logs_operation" NOT NULL,
  	"user_id" integer,
  	"user_email" varchar,
  	"changes" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"branches_id" integer,
  	"parties_id" integer,
  	"policies_id" integer,
  	"documents_id" integer,
  	"audit_logs_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_minimum_wages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"amount" numeric NOT NULL
  );
  
  CREATE TABLE "settings_moratorium_rates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" timestamp(3) with time zone NOT NULL,
  	"to" timestamp(3) with time zone NOT NULL,
  	"annual_rate_percent" varchar NOT NULL
  );
  
  CREATE TABLE "settings_extra_non_business_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"reason" varchar NOT NULL
  );
  
  CREATE TABLE "settings_struck_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"reason" varchar NOT NULL
  );
  
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_texts" ADD CONSTRAINT "users_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parties_addresses" ADD CONSTRAINT "parties_addresses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parties_emails" ADD CONSTRAINT "parties_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parties_phones" ADD CONSTRAINT "parties_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parties" ADD CONSTRAINT "parties_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parties" ADD CONSTRAINT "parties_assigned_firm_id_users_id_fk" FOREIGN KEY ("assigned_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parties_texts" ADD CONSTRAINT "parties_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_holder_id_parties_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_branches_fk" FOREIGN KEY ("branches_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parties_fk" FOREIGN KEY ("parties_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_logs_fk" FOREIGN KEY ("audit_logs_id") REFERENCES "public"."audit_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_minimum_wages" ADD CONSTRAINT "settings_minimum_wages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_moratorium_rates" ADD CONSTRAINT "settings_moratorium_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_extra_non_business_days" ADD CONSTRAINT "settings_extra_non_business_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_struck_holidays" ADD CONSTRAINT "settings_struck_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_role_idx" ON "users" USING btree ("role");
  CREATE INDEX "users_branch_idx" ON "users" USING btree ("branch_id");
  CREATE INDEX "users_nit_idx" ON "users" USING btree ("nit");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_texts_order_parent" ON "users_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "branches_code_idx" ON "branches" USING btree ("code");
  CREATE INDEX "branches_updated_at_idx" ON "branches" USING btree ("updated_at");
  CREATE INDEX "branches_created_at_idx" ON "branches" USING btree ("created_at");
  CREATE INDEX "parties_addresses_order_idx" ON "parties_addresses" USING btree ("_order");
  CREATE INDEX "parties_addresses_parent_id_idx" ON "parties_addresses" USING btree ("_parent_id");
  CREATE INDEX "parties_emails_order_idx" ON "parties_emails" USING btree ("_order");
  CREATE INDEX "parties_emails_parent_id_idx" ON "parties_emails" USING btree ("_parent_id");
  CREATE INDEX "parties_phones_order_idx" ON "parties_phones" USING btree ("_order");
  CREATE INDEX "parties_phones_parent_id_idx" ON "parties_phones" USING btree ("_parent_id");
  CREATE INDEX "parties_id_number_idx" ON "parties" USING btree ("id_number");
  CREATE INDEX "parties_display_name_idx" ON "parties" USING btree ("display_name");
  CREATE INDEX "parties_cannot_be_located_idx" ON "parties" USING btree ("cannot_be_located");
  CREATE INDEX "parties_insolvency_status_idx" ON "parties" USING btree ("insolvency_status");
  CREATE INDEX "parties_reported_to_bdme_idx" ON "parties" USING btree ("reported_to_bdme");
  CREATE INDEX "parties_branch_idx" ON "parties" USING btree ("branch_id");
  CREATE INDEX "parties_assigned_firm_idx" ON "parties" USING btree ("assigned_firm_id");
  CREATE INDEX "parties_updated_at_idx" ON "parties" USING btree ("updated_at");
  CREATE INDEX "parties_created_at_idx" ON "parties" USING btree ("created_at");
  CREATE UNIQUE INDEX "idType_idNumber_idx" ON "parties" USING btree ("id_type","id_number");
  CREATE INDEX "parties_texts_order_parent" ON "parties_texts" USING btree ("order","parent_id");
  CREATE INDEX "parties_texts_text_idx" ON "parties_texts" USING btree ("text");
  CREATE UNIQUE INDEX "policies_number_idx" ON "policies" USING btree ("number");
  CREATE INDEX "policies_line_of_business_idx" ON "policies" USING btree ("line_of_business");
  CREATE INDEX "policies_plate_idx" ON "policies" USING btree ("plate");
  CREATE INDEX "policies_holder_idx" ON "policies" USING btree ("holder_id");
  CREATE INDEX "policies_issue_date_idx" ON "policies" USING btree ("issue_date");
  CREATE INDEX "policies_cover_start_idx" ON "policies" USING btree ("cover_start");
  CREATE INDEX "policies_payment_due_date_idx" ON "policies" USING btree ("payment_due_date");
  CREATE INDEX "policies_payment_status_idx" ON "policies" USING btree ("payment_status");
  CREATE INDEX "policies_status_idx" ON "policies" USING btree ("status");
  CREATE INDEX "policies_clave_idx" ON "policies" USING btree ("clave");
  CREATE INDEX "policies_branch_idx" ON "policies" USING btree ("branch_id");
  CREATE INDEX "policies_updated_at_idx" ON "policies" USING btree ("updated_at");
  CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");
  CREATE INDEX "documents_uploaded_by_idx" ON "documents" USING btree ("uploaded_by_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE INDEX "audit_logs_collection_slug_idx" ON "audit_logs" USING btree ("collection_slug");
  CREATE INDEX "audit_logs_document_id_idx" ON "audit_logs" USING btree ("document_id");
  CREATE INDEX "audit_logs_user_idx" ON "audit_logs" USING btree ("user_id");
  CREATE INDEX "audit_logs_updated_at_idx" ON "audit_logs" USING btree ("updated_at");
  CREATE INDEX "audit_logs_created_at_idx" ON "audit_logs" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_branches_id_idx" ON "payload_locked_documents_rels" USING btree ("branches_id");
  CREATE INDEX "payload_locked_documents_rels_parties_id_idx" ON "payload_locked_documents_rels" USING btree ("parties_id");
  CREATE INDEX "payload_locked_documents_rels_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("policies_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_audit_logs_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_logs_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "settings_minimum_wages_order_idx" ON "settings_minimum_wages" USING btree ("_order");
  CREATE INDEX "settings_minimum_wages_parent_id_idx" ON "settings_minimum_wages" USING btree ("_parent_id");
  CREATE INDEX "settings_moratorium_rates_order_idx" ON "settings_moratorium_rates" USING btree ("_order");
  CREATE INDEX "settings_moratorium_rates_parent_id_idx" ON "settings_moratorium_rates" USING btree ("_parent_id");
  CREATE INDEX "settings_extra_non_business_days_order_idx" ON "settings_extra_non_business_days" USING btree ("_order");
  CREATE INDEX "settings_extra_non_business_days_parent_id_idx" ON "settings_extra_non_business_days" USING btree ("_parent_id");
  CREATE INDEX "settings_struck_holidays_order_idx" ON "settings_struck_holidays" USING btree ("_order");
  CREATE INDEX "settings_struck_holidays_parent_id_idx" ON "settings_struck_holidays" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_texts" CASCADE;
  DROP TABLE "branches" CASCADE;
  DROP TABLE "parties_addresses" CASCADE;
  DROP TABLE "parties_emails" CASCADE;
  DROP TABLE "parties_phones" CASCADE;
  DROP TABLE "parties" CASCADE;
  DROP TABLE "parties_texts" CASCADE;
  DROP TABLE "policies" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "audit_logs" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "settings_minimum_wages" CASCADE;
  DROP TABLE "settings_moratorium_rates" CASCADE;
  DROP TABLE "settings_extra_non_business_days" CASCADE;
  DROP TABLE "settings_struck_holidays" CASCADE;
  DROP TABLE "settings" CASCADE;
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_parties_id_type";
  DROP TYPE "public"."enum_parties_insolvency_status";
  DROP TYPE "public"."enum_policies_type";
  DROP TYPE "public"."enum_policies_line_of_business";
  DROP TYPE "public"."enum_policies_payment_status";
  DROP TYPE "public"."enum_policies_status";
  DROP TYPE "public"."enum_documents_category";
  DROP TYPE "public"."enum_audit_logs_operation";`)
}
