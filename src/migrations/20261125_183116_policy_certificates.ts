import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_policies_certificates_status" AS ENUM('PENDIENTE', 'PARCIAL', 'PAGADO');
  CREATE TABLE "policies_certificates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"insured" varchar,
  	"amount_due" numeric NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"amount_paid" numeric,
  	"status" "enum_policies_certificates_status" DEFAULT 'PENDIENTE'
  );
  
  ALTER TABLE "policies" ALTER COLUMN "amount_paid" DROP DEFAULT;
  ALTER TABLE "policies_certificates" ADD CONSTRAINT "policies_certificates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policies_certificates_order_idx" ON "policies_certificates" USING btree ("_order");
  CREATE INDEX "policies_certificates_parent_id_idx" ON "policies_certificates" USING btree ("_parent_id");`)
  // R-CAR-04: each existing policy keeps its legacy certificate as its single certificate, for its
  // whole total and due date (an individual policy's is always the 0). Row ids are 24 hex digits, like Payload's.
  await db.execute(sql`
  INSERT INTO "policies_certificates" ("_order", "_parent_id", "id", "number", "amount_due", "due_date", "amount_paid", "status")
  SELECT 1, p."id", lpad(to_hex(p."id"), 24, '0'),
    CASE WHEN p."type" = 'COLECTIVA' THEN coalesce(nullif(trim(p."certificate"), ''), '0') ELSE '0' END,
    p."total_due", p."payment_due_date", coalesce(p."amount_paid", 0),
    (CASE WHEN coalesce(p."amount_paid", 0) >= p."total_due" THEN 'PAGADO'
          WHEN coalesce(p."amount_paid", 0) > 0 THEN 'PARCIAL'
          ELSE 'PENDIENTE' END)::"enum_policies_certificates_status"
  FROM "policies" p;
  ALTER TABLE "policies" DROP COLUMN "certificate";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The legacy single certificate number is the policy's first certificate.
  await db.execute(sql`
  ALTER TABLE "policies" ADD COLUMN "certificate" varchar DEFAULT '0';
  UPDATE "policies" p SET "certificate" = c."number"
    FROM (SELECT DISTINCT ON ("_parent_id") "_parent_id", "number" FROM "policies_certificates" ORDER BY "_parent_id", "_order") c
    WHERE c."_parent_id" = p."id";
  ALTER TABLE "policies_certificates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "policies_certificates" CASCADE;
  ALTER TABLE "policies" ALTER COLUMN "amount_paid" SET DEFAULT 0;
  DROP TYPE "public"."enum_policies_certificates_status";`)
}
