CREATE TABLE "council_import_objects" (
	"source_id" uuid NOT NULL,
	"external_url" text NOT NULL,
	"type" text NOT NULL,
	"row_id" uuid NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "council_import_objects_source_id_external_url_pk" PRIMARY KEY("source_id","external_url")
);
--> statement-breakpoint
CREATE TABLE "council_import_pending" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"holder_url" text NOT NULL,
	"field" text NOT NULL,
	"target_url" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"object" jsonb
);
--> statement-breakpoint
CREATE TABLE "council_import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text DEFAULT 'running' NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"modified_since" timestamp with time zone,
	"resumed_from_id" uuid,
	"position" jsonb,
	"lists" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"pages_read" integer DEFAULT 0 NOT NULL,
	"files_stored" integer DEFAULT 0 NOT NULL,
	"files_failed" integer DEFAULT 0 NOT NULL,
	"skipped" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skipped_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "council_import_objects" ADD CONSTRAINT "council_import_objects_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_import_pending" ADD CONSTRAINT "council_import_pending_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_import_runs" ADD CONSTRAINT "council_import_runs_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_import_pending_source_idx" ON "council_import_pending" USING btree ("source_id","holder_url");--> statement-breakpoint
CREATE INDEX "council_import_runs_source_idx" ON "council_import_runs" USING btree ("source_id","started_at");