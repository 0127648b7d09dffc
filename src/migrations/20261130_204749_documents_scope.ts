import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" ADD COLUMN "branch_id" integer;
  ALTER TABLE "documents" ADD COLUMN "clave" varchar;
  ALTER TABLE "documents" ADD COLUMN "firm_id" integer;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_firm_id_users_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_branch_idx" ON "documents" USING btree ("branch_id");
  CREATE INDEX "documents_clave_idx" ON "documents" USING btree ("clave");
  CREATE INDEX "documents_firm_idx" ON "documents" USING btree ("firm_id");`)

  // Backfill (hand-written, as hooks/stampDocumentScope.ts would have stamped them): each existing
  // document takes the scope of the request, case or notification it is attached to, and a branch
  // staff member's upload not attached anywhere takes the uploader's branch.
  await db.execute(sql`
  UPDATE "documents" d SET "branch_id" = r."branch_id", "clave" = r."clave"
    FROM "requests_rels" rr JOIN "requests" r ON r."id" = rr."parent_id"
    WHERE rr."path" = 'attachments' AND rr."documents_id" = d."id";
  UPDATE "documents" d SET "branch_id" = c."branch_id", "firm_id" = c."assigned_firm_id"
    FROM "cases" c
    WHERE c."lcd_document_id" = d."id" OR c."payment_order_document_id" = d."id";
  UPDATE "documents" d SET "branch_id" = n."branch_id", "firm_id" = n."assigned_firm_id"
    FROM "notifications" n
    WHERE n."document_id" = d."id";
  UPDATE "documents" d SET "branch_id" = u."branch_id"
    FROM "users" u
    WHERE d."uploaded_by_id" = u."id" AND d."branch_id" IS NULL
      AND u."role" IN ('gerente_sucursal', 'profesional_sucursal');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DROP CONSTRAINT "documents_branch_id_branches_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_firm_id_users_id_fk";
  
  DROP INDEX "documents_branch_idx";
  DROP INDEX "documents_clave_idx";
  DROP INDEX "documents_firm_idx";
  ALTER TABLE "documents" DROP COLUMN "branch_id";
  ALTER TABLE "documents" DROP COLUMN "clave";
  ALTER TABLE "documents" DROP COLUMN "firm_id";`)
}
