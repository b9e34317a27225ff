CREATE TABLE "form_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form_key" text NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"definition" jsonb NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"import_report" jsonb,
	"created_by" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_versions_key_version" UNIQUE("form_key","version"),
	CONSTRAINT "form_versions_status_check" CHECK ("form_versions"."status" in ('draft', 'published', 'superseded'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "form_versions_one_draft" ON "form_versions" USING btree ("form_key") WHERE "form_versions"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "form_versions_one_published" ON "form_versions" USING btree ("form_key") WHERE "form_versions"."status" = 'published';--> statement-breakpoint
CREATE INDEX "form_versions_key_idx" ON "form_versions" USING btree ("form_key","version");