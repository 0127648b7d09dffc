import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 13 item 4: where each upload is in the object storage (src/storage/uploadStorage.ts).
 * @payloadcms/storage-s3 keeps, per document, the folder (`prefix`, the collection's by default) and
 * an optional object key segment (`_objectKey`); the columns exist with the plugin off too
 * (`alwaysInsertFields`), so local disk and S3 run on one schema. Rows uploaded before this get the
 * collection's folder: copying `<staticDir>/<filename>` to `<prefix>/<filename>` in the bucket moves
 * them (docs/deploy.md).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" ADD COLUMN "prefix" varchar DEFAULT 'documents';
  ALTER TABLE "documents" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "portfolio_imports" ADD COLUMN "prefix" varchar DEFAULT 'imports';
  ALTER TABLE "portfolio_imports" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DROP COLUMN "prefix";
  ALTER TABLE "documents" DROP COLUMN "_objectkey";
  ALTER TABLE "portfolio_imports" DROP COLUMN "prefix";
  ALTER TABLE "portfolio_imports" DROP COLUMN "_objectkey";`)
}
