import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_email_messages_template" AS ENUM('deadlineDigest', 'providerActivation', 'passwordReset', 'citation');
  CREATE TYPE "public"."enum_email_messages_status" AS ENUM('QUEUED', 'SENT', 'FAILED');
  CREATE TABLE "email_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"template" "enum_email_messages_template" NOT NULL,
  	"status" "enum_email_messages_status" DEFAULT 'QUEUED' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"last_attempt_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"message_id" varchar,
  	"server_response" varchar,
  	"cause_collection" varchar,
  	"cause_id" varchar,
  	"key" varchar,
  	"text" varchar NOT NULL,
  	"html" varchar,
  	"sending_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "email_messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"provider_registrations_id" integer,
  	"cases_id" integer,
  	"notifications_id" integer,
  	"documents_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_messages_id" integer;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."email_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_provider_registrations_fk" FOREIGN KEY ("provider_registrations_id") REFERENCES "public"."provider_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "email_messages_to_idx" ON "email_messages" USING btree ("to");
  CREATE INDEX "email_messages_status_idx" ON "email_messages" USING btree ("status");
  CREATE INDEX "email_messages_message_id_idx" ON "email_messages" USING btree ("message_id");
  CREATE INDEX "email_messages_cause_collection_idx" ON "email_messages" USING btree ("cause_collection");
  CREATE INDEX "email_messages_cause_id_idx" ON "email_messages" USING btree ("cause_id");
  CREATE UNIQUE INDEX "email_messages_key_idx" ON "email_messages" USING btree ("key");
  CREATE INDEX "email_messages_updated_at_idx" ON "email_messages" USING btree ("updated_at");
  CREATE INDEX "email_messages_created_at_idx" ON "email_messages" USING btree ("created_at");
  CREATE INDEX "email_messages_rels_order_idx" ON "email_messages_rels" USING btree ("order");
  CREATE INDEX "email_messages_rels_parent_idx" ON "email_messages_rels" USING btree ("parent_id");
  CREATE INDEX "email_messages_rels_path_idx" ON "email_messages_rels" USING btree ("path");
  CREATE INDEX "email_messages_rels_users_id_idx" ON "email_messages_rels" USING btree ("users_id");
  CREATE INDEX "email_messages_rels_provider_registrations_id_idx" ON "email_messages_rels" USING btree ("provider_registrations_id");
  CREATE INDEX "email_messages_rels_cases_id_idx" ON "email_messages_rels" USING btree ("cases_id");
  CREATE INDEX "email_messages_rels_notifications_id_idx" ON "email_messages_rels" USING btree ("notifications_id");
  CREATE INDEX "email_messages_rels_documents_id_idx" ON "email_messages_rels" USING btree ("documents_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_messages_fk" FOREIGN KEY ("email_messages_id") REFERENCES "public"."email_messages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_email_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("email_messages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "email_messages_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "email_messages" CASCADE;
  DROP TABLE "email_messages_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_messages_fk";
  
  DROP INDEX "payload_locked_documents_rels_email_messages_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_messages_id";
  DROP TYPE "public"."enum_email_messages_template";
  DROP TYPE "public"."enum_email_messages_status";`)
}
