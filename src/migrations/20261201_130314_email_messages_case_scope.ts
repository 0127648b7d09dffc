import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_messages" ADD COLUMN "branch_id" integer;
  ALTER TABLE "email_messages" ADD COLUMN "assigned_firm_id" integer;
  ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_assigned_firm_id_users_id_fk" FOREIGN KEY ("assigned_firm_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "email_messages_branch_idx" ON "email_messages" USING btree ("branch_id");
  CREATE INDEX "email_messages_assigned_firm_idx" ON "email_messages" USING btree ("assigned_firm_id");
  UPDATE "email_messages" AS m SET "branch_id" = c."branch_id", "assigned_firm_id" = c."assigned_firm_id" FROM "cases" AS c WHERE m."case_id" = c."id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_messages" DROP CONSTRAINT "email_messages_branch_id_branches_id_fk";
  
  ALTER TABLE "email_messages" DROP CONSTRAINT "email_messages_assigned_firm_id_users_id_fk";
  
  DROP INDEX "email_messages_branch_idx";
  DROP INDEX "email_messages_assigned_firm_idx";
  ALTER TABLE "email_messages" DROP COLUMN "branch_id";
  ALTER TABLE "email_messages" DROP COLUMN "assigned_firm_id";`)
}
