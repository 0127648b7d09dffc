import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_messages" ADD COLUMN "case_id" integer;
  ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "email_messages_case_idx" ON "email_messages" USING btree ("case_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_messages" DROP CONSTRAINT "email_messages_case_id_cases_id_fk";
  
  DROP INDEX "email_messages_case_idx";
  ALTER TABLE "email_messages" DROP COLUMN "case_id";`)
}
