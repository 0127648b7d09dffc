import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notices_kind" AS ENUM('AVISO_NOTIFICACION', 'AVISO_REMATE');
  CREATE TYPE "public"."enum_notices_posting_status" AS ENUM('FIJADO', 'RETIRADO');
  CREATE TYPE "public"."enum_notices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__notices_v_version_kind" AS ENUM('AVISO_NOTIFICACION', 'AVISO_REMATE');
  CREATE TYPE "public"."enum__notices_v_version_posting_status" AS ENUM('FIJADO', 'RETIRADO');
  CREATE TYPE "public"."enum__notices_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_notices_kind" DEFAULT 'AVISO_NOTIFICACION',
  	"notification_id" integer,
  	"debtor_name" varchar,
  	"debtor_id" varchar,
  	"branch_id" integer,
  	"branch_name" varchar,
  	"text" jsonb,
  	"document_id" integer,
  	"posted_on" timestamp(3) with time zone,
  	"auction_on" timestamp(3) with time zone,
  	"take_down_on" timestamp(3) with time zone,
  	"deemed_notified_on" timestamp(3) with time zone,
  	"posting_status" "enum_notices_posting_status",
  	"taken_down_on" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_notices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_notices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__notices_v_version_kind" DEFAULT 'AVISO_NOTIFICACION',
  	"version_notification_id" integer,
  	"version_debtor_name" varchar,
  	"version_debtor_id" varchar,
  	"version_branch_id" integer,
  	"version_branch_name" varchar,
  	"version_text" jsonb,
  	"version_document_id" integer,
  	"version_posted_on" timestamp(3) with time zone,
  	"version_auction_on" timestamp(3) with time zone,
  	"version_take_down_on" timestamp(3) with time zone,
  	"version_deemed_notified_on" timestamp(3) with time zone,
  	"version_posting_status" "enum__notices_v_version_posting_status",
  	"version_taken_down_on" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__notices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "documents" ADD COLUMN "on_notice" boolean;
  ALTER TABLE "documents" ADD COLUMN "on_published_notice" boolean;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notices_id" integer;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_parent_id_notices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_notification_id_notifications_id_fk" FOREIGN KEY ("version_notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_branch_id_branches_id_fk" FOREIGN KEY ("version_branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_document_id_documents_id_fk" FOREIGN KEY ("version_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "notices_notification_idx" ON "notices" USING btree ("notification_id");
  CREATE INDEX "notices_debtor_name_idx" ON "notices" USING btree ("debtor_name");
  CREATE INDEX "notices_debtor_id_idx" ON "notices" USING btree ("debtor_id");
  CREATE INDEX "notices_branch_idx" ON "notices" USING btree ("branch_id");
  CREATE INDEX "notices_document_idx" ON "notices" USING btree ("document_id");
  CREATE INDEX "notices_posted_on_idx" ON "notices" USING btree ("posted_on");
  CREATE INDEX "notices_take_down_on_idx" ON "notices" USING btree ("take_down_on");
  CREATE INDEX "notices_posting_status_idx" ON "notices" USING btree ("posting_status");
  CREATE INDEX "notices_updated_at_idx" ON "notices" USING btree ("updated_at");
  CREATE INDEX "notices_created_at_idx" ON "notices" USING btree ("created_at");
  CREATE INDEX "notices__status_idx" ON "notices" USING btree ("_status");
  CREATE INDEX "_notices_v_parent_idx" ON "_notices_v" USING btree ("parent_id");
  CREATE INDEX "_notices_v_version_version_notification_idx" ON "_notices_v" USING btree ("version_notification_id");
  CREATE INDEX "_notices_v_version_version_debtor_name_idx" ON "_notices_v" USING btree ("version_debtor_name");
  CREATE INDEX "_notices_v_version_version_debtor_id_idx" ON "_notices_v" USING btree ("version_debtor_id");
  CREATE INDEX "_notices_v_version_version_branch_idx" ON "_notices_v" USING btree ("version_branch_id");
  CREATE INDEX "_notices_v_version_version_document_idx" ON "_notices_v" USING btree ("version_document_id");
  CREATE INDEX "_notices_v_version_version_posted_on_idx" ON "_notices_v" USING btree ("version_posted_on");
  CREATE INDEX "_notices_v_version_version_take_down_on_idx" ON "_notices_v" USING btree ("version_take_down_on");
  CREATE INDEX "_notices_v_version_version_posting_status_idx" ON "_notices_v" USING btree ("version_posting_status");
  CREATE INDEX "_notices_v_version_version_updated_at_idx" ON "_notices_v" USING btree ("version_updated_at");
  CREATE INDEX "_notices_v_version_version_created_at_idx" ON "_notices_v" USING btree ("version_created_at");
  CREATE INDEX "_notices_v_version_version__status_idx" ON "_notices_v" USING btree ("version__status");
  CREATE INDEX "_notices_v_created_at_idx" ON "_notices_v" USING btree ("created_at");
  CREATE INDEX "_notices_v_updated_at_idx" ON "_notices_v" USING btree ("updated_at");
  CREATE INDEX "_notices_v_latest_idx" ON "_notices_v" USING btree ("latest");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notices_fk" FOREIGN KEY ("notices_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_on_notice_idx" ON "documents" USING btree ("on_notice");
  CREATE INDEX "documents_on_published_notice_idx" ON "documents" USING btree ("on_published_notice");
  CREATE INDEX "payload_locked_documents_rels_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("notices_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_notices_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notices" CASCADE;
  DROP TABLE "_notices_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notices_fk";
  
  DROP INDEX "documents_on_notice_idx";
  DROP INDEX "documents_on_published_notice_idx";
  DROP INDEX "payload_locked_documents_rels_notices_id_idx";
  ALTER TABLE "documents" DROP COLUMN "on_notice";
  ALTER TABLE "documents" DROP COLUMN "on_published_notice";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notices_id";
  DROP TYPE "public"."enum_notices_kind";
  DROP TYPE "public"."enum_notices_posting_status";
  DROP TYPE "public"."enum_notices_status";
  DROP TYPE "public"."enum__notices_v_version_kind";
  DROP TYPE "public"."enum__notices_v_version_posting_status";
  DROP TYPE "public"."enum__notices_v_version_status";`)
}
