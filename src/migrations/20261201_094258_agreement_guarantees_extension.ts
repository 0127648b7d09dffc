import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "agreements_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "agreements" ADD COLUMN "extensions_granted" numeric DEFAULT 0;
  ALTER TABLE "agreements" ADD COLUMN "extension_requested_on" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "extension_term_months" numeric;
  ALTER TABLE "agreements" ADD COLUMN "extension_from_instalment" numeric;
  ALTER TABLE "agreements" ADD COLUMN "extension_reason" varchar;
  ALTER TABLE "agreements" ADD COLUMN "extension_granted_by_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "extension_granted_on" timestamp(3) with time zone;
  ALTER TABLE "guarantees" ADD COLUMN "agreement_id" integer;
  ALTER TABLE "guarantees" ADD COLUMN "encumbrance_embargoed_measure" varchar;
  ALTER TABLE "agreements_texts" ADD CONSTRAINT "agreements_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "agreements_texts_order_parent" ON "agreements_texts" USING btree ("order","parent_id");
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_extension_granted_by_id_users_id_fk" FOREIGN KEY ("extension_granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guarantees" ADD CONSTRAINT "guarantees_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "agreements_extension_extension_granted_by_idx" ON "agreements" USING btree ("extension_granted_by_id");
  CREATE INDEX "guarantees_agreement_idx" ON "guarantees" USING btree ("agreement_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "agreements_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "agreements_texts" CASCADE;
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_extension_granted_by_id_users_id_fk";
  
  ALTER TABLE "guarantees" DROP CONSTRAINT "guarantees_agreement_id_agreements_id_fk";
  
  DROP INDEX "agreements_extension_extension_granted_by_idx";
  DROP INDEX "guarantees_agreement_idx";
  ALTER TABLE "agreements" DROP COLUMN "extensions_granted";
  ALTER TABLE "agreements" DROP COLUMN "extension_requested_on";
  ALTER TABLE "agreements" DROP COLUMN "extension_term_months";
  ALTER TABLE "agreements" DROP COLUMN "extension_from_instalment";
  ALTER TABLE "agreements" DROP COLUMN "extension_reason";
  ALTER TABLE "agreements" DROP COLUMN "extension_granted_by_id";
  ALTER TABLE "agreements" DROP COLUMN "extension_granted_on";
  ALTER TABLE "guarantees" DROP COLUMN "agreement_id";
  ALTER TABLE "guarantees" DROP COLUMN "encumbrance_embargoed_measure";`)
}
