import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Payments in the portfolio import (docs/import.md, `PAGOS`): the import kind, and the core
 * system's receipt number on payments — unique, the natural key the load upserts by, so a receipt
 * is applied once (NULL for legalization and agreement payments).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_portfolio_imports_kind" ADD VALUE 'PAGOS';
  ALTER TABLE "payments" ADD COLUMN "receipt_number" varchar;
  CREATE UNIQUE INDEX "payments_receipt_number_idx" ON "payments" USING btree ("receipt_number");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "portfolio_imports" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_portfolio_imports_kind";
  CREATE TYPE "public"."enum_portfolio_imports_kind" AS ENUM('TERCEROS', 'POLIZAS');
  ALTER TABLE "portfolio_imports" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_portfolio_imports_kind" USING "kind"::"public"."enum_portfolio_imports_kind";
  DROP INDEX "payments_receipt_number_idx";
  ALTER TABLE "payments" DROP COLUMN "receipt_number";`)
}
