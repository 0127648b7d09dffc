import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bank_accounts_bank" AS ENUM('BANCOLOMBIA', 'BANCO_DE_BOGOTA', 'DAVIVIENDA', 'BBVA', 'BANCO_DE_OCCIDENTE', 'BANCO_POPULAR', 'CITIBANK', 'SCOTIABANK_COLPATRIA', 'BANCO_AGRARIO', 'AV_VILLAS', 'OTRO');
  CREATE TYPE "public"."enum_bank_accounts_account_type" AS ENUM('AHORROS', 'CORRIENTE');
  CREATE TABLE "bank_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"bank" "enum_bank_accounts_bank" NOT NULL,
  	"account_type" "enum_bank_accounts_account_type",
  	"account_number" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"label" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bank_accounts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"branches_id" integer
  );
  
  ALTER TABLE "policies" ADD COLUMN "search_text" varchar;
  ALTER TABLE "requests" ADD COLUMN "policy_period_from" timestamp(3) with time zone;
  ALTER TABLE "requests" ADD COLUMN "policy_period_to" timestamp(3) with time zone;
  ALTER TABLE "request_kinds_subtypes" ADD COLUMN "needs_policy_period" boolean DEFAULT false;
  ALTER TABLE "legalizations_items" ADD COLUMN "receipts" varchar;
  ALTER TABLE "legalizations_means" ADD COLUMN "account_id" integer;
  ALTER TABLE "payments" ADD COLUMN "account_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bank_accounts_id" integer;
  ALTER TABLE "bank_accounts_rels" ADD CONSTRAINT "bank_accounts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bank_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bank_accounts_rels" ADD CONSTRAINT "bank_accounts_rels_branches_fk" FOREIGN KEY ("branches_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "bank_accounts_bank_idx" ON "bank_accounts" USING btree ("bank");
  CREATE INDEX "bank_accounts_account_number_idx" ON "bank_accounts" USING btree ("account_number");
  CREATE INDEX "bank_accounts_active_idx" ON "bank_accounts" USING btree ("active");
  CREATE INDEX "bank_accounts_updated_at_idx" ON "bank_accounts" USING btree ("updated_at");
  CREATE INDEX "bank_accounts_created_at_idx" ON "bank_accounts" USING btree ("created_at");
  CREATE UNIQUE INDEX "bank_accountNumber_idx" ON "bank_accounts" USING btree ("bank","account_number");
  CREATE INDEX "bank_accounts_rels_order_idx" ON "bank_accounts_rels" USING btree ("order");
  CREATE INDEX "bank_accounts_rels_parent_idx" ON "bank_accounts_rels" USING btree ("parent_id");
  CREATE INDEX "bank_accounts_rels_path_idx" ON "bank_accounts_rels" USING btree ("path");
  CREATE INDEX "bank_accounts_rels_branches_id_idx" ON "bank_accounts_rels" USING btree ("branches_id");
  ALTER TABLE "legalizations_means" ADD CONSTRAINT "legalizations_means_account_id_bank_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_account_id_bank_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bank_accounts_fk" FOREIGN KEY ("bank_accounts_id") REFERENCES "public"."bank_accounts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "requests_policy_period_from_idx" ON "requests" USING btree ("policy_period_from");
  CREATE INDEX "legalizations_means_account_idx" ON "legalizations_means" USING btree ("account_id");
  CREATE INDEX "payments_account_idx" ON "payments" USING btree ("account_id");
  CREATE INDEX "payload_locked_documents_rels_bank_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("bank_accounts_id");`)

  // R-CAR-03: the arrears search looks for any part of a number, name or ID (ILIKE '%…%'), which a
  // btree (prefix) index cannot serve; a trigram GIN index can. Existing policies get their text
  // folded as src/rules/arrearsSearch.ts folds it (lower case, no accents).
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX "policies_search_text_trgm_idx" ON "policies" USING gin ("search_text" gin_trgm_ops);
  UPDATE "policies" p SET "search_text" = translate(lower(concat_ws(' ', p."number", p."plate", p."clave", h."display_name", h."id_number",
      replace(replace(replace(h."id_number", '.', ''), '-', ''), ' ', ''))), 'áéíóúüñàèìòùâêîôûç', 'aeiouunaeiouaeiouc')
    FROM "parties" h WHERE h."id" = p."holder_id";`)

  // R-REQ-03: the Cartera subtypes ask for the policy period (vigencia).
  await db.execute(sql`
  UPDATE "request_kinds_subtypes" s SET "needs_policy_period" = true
    FROM "request_kinds" k WHERE k."id" = s."_parent_id" AND k."code" = 'CARTERA';`)

  // R-LEG-02: bank accounts typed before the catalogue become inactive "Otro" accounts of the
  // catalogue (kept so old legalizations and payments name them; never offered for new payments).
  await db.execute(sql`
  INSERT INTO "bank_accounts" ("bank", "account_number", "active", "label")
    SELECT DISTINCT 'OTRO'::"enum_bank_accounts_bank", trim(m."bank_account"), false, 'Otro · ' || trim(m."bank_account")
    FROM "legalizations_means" m WHERE coalesce(trim(m."bank_account"), '') <> ''
    ON CONFLICT DO NOTHING;
  UPDATE "legalizations_means" m SET "account_id" = a."id"
    FROM "bank_accounts" a WHERE a."bank" = 'OTRO' AND a."account_number" = trim(m."bank_account");
  UPDATE "payments" p SET "account_id" = a."id"
    FROM "bank_accounts" a WHERE p."legalization_id" IS NOT NULL AND a."bank" = 'OTRO' AND a."account_number" = trim(p."bank_account");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "policies_search_text_trgm_idx";
   ALTER TABLE "bank_accounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bank_accounts_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "bank_accounts" CASCADE;
  DROP TABLE "bank_accounts_rels" CASCADE;
  ALTER TABLE "legalizations_means" DROP CONSTRAINT "legalizations_means_account_id_bank_accounts_id_fk";
  
  ALTER TABLE "payments" DROP CONSTRAINT "payments_account_id_bank_accounts_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bank_accounts_fk";
  
  DROP INDEX "requests_policy_period_from_idx";
  DROP INDEX "legalizations_means_account_idx";
  DROP INDEX "payments_account_idx";
  DROP INDEX "payload_locked_documents_rels_bank_accounts_id_idx";
  ALTER TABLE "policies" DROP COLUMN "search_text";
  ALTER TABLE "requests" DROP COLUMN "policy_period_from";
  ALTER TABLE "requests" DROP COLUMN "policy_period_to";
  ALTER TABLE "request_kinds_subtypes" DROP COLUMN "needs_policy_period";
  ALTER TABLE "legalizations_items" DROP COLUMN "receipts";
  ALTER TABLE "legalizations_means" DROP COLUMN "account_id";
  ALTER TABLE "payments" DROP COLUMN "account_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bank_accounts_id";
  DROP TYPE "public"."enum_bank_accounts_bank";
  DROP TYPE "public"."enum_bank_accounts_account_type";`)
}
