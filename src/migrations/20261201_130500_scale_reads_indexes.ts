import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (Payload's field `index` cannot express them): the indexes of the reads at scale.
 * - Arrears (R-CAR-01…03) read only unpaid policies: partial indexes on the unpaid rows, keyed by
 *   what brokers and staff filter on (clave, branch) then the keyset order (due date, id), so a
 *   broker's or a branch's page is an index range scan and the national list walks (due date, id).
 * - The policies-due list (R-LEG-01) walks unpaid policies by (cover start, id).
 * - Has-many text tables are read by parent (every find of a party or user joins them by
 *   `parent_id`); Payload's own index starts with `order`, which a parent lookup cannot use.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "policies_unpaid_due_idx" ON "policies" USING btree ("payment_due_date", "id") WHERE "payment_status" IN ('PENDIENTE', 'PARCIAL');
  CREATE INDEX IF NOT EXISTS "policies_unpaid_clave_due_idx" ON "policies" USING btree ("clave", "payment_due_date", "id") WHERE "payment_status" IN ('PENDIENTE', 'PARCIAL');
  CREATE INDEX IF NOT EXISTS "policies_unpaid_branch_due_idx" ON "policies" USING btree ("branch_id", "payment_due_date", "id") WHERE "payment_status" IN ('PENDIENTE', 'PARCIAL');
  CREATE INDEX IF NOT EXISTS "policies_unpaid_cover_start_idx" ON "policies" USING btree ("cover_start", "id") WHERE "payment_status" <> 'PAGADA';
  CREATE INDEX IF NOT EXISTS "parties_texts_parent_idx" ON "parties_texts" USING btree ("parent_id", "path");
  CREATE INDEX IF NOT EXISTS "users_texts_parent_idx" ON "users_texts" USING btree ("parent_id", "path");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "policies_unpaid_due_idx";
  DROP INDEX IF EXISTS "policies_unpaid_clave_due_idx";
  DROP INDEX IF EXISTS "policies_unpaid_branch_due_idx";
  DROP INDEX IF EXISTS "policies_unpaid_cover_start_idx";
  DROP INDEX IF EXISTS "parties_texts_parent_idx";
  DROP INDEX IF EXISTS "users_texts_parent_idx";`)
}
