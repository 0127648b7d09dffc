import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cases" ADD COLUMN "lcd_document_id" integer;
  ALTER TABLE "cases" ADD COLUMN "payment_order_document_id" integer;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_lcd_document_id_documents_id_fk" FOREIGN KEY ("lcd_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_payment_order_document_id_documents_id_fk" FOREIGN KEY ("payment_order_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "cases_lcd_lcd_document_idx" ON "cases" USING btree ("lcd_document_id");
  CREATE INDEX "cases_payment_order_payment_order_document_idx" ON "cases" USING btree ("payment_order_document_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cases" DROP CONSTRAINT "cases_lcd_document_id_documents_id_fk";
  
  ALTER TABLE "cases" DROP CONSTRAINT "cases_payment_order_document_id_documents_id_fk";
  
  DROP INDEX "cases_lcd_lcd_document_idx";
  DROP INDEX "cases_payment_order_payment_order_document_idx";
  ALTER TABLE "cases" DROP COLUMN "lcd_document_id";
  ALTER TABLE "cases" DROP COLUMN "payment_order_document_id";`)
}
