CREATE TABLE "accessibility_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" serial NOT NULL,
	"page" text,
	"description" text NOT NULL,
	"contact_email" text,
	"name" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accessibility_reports_number_key" UNIQUE("number"),
	CONSTRAINT "accessibility_reports_status_check" CHECK ("accessibility_reports"."status" in ('open', 'answered', 'closed'))
);
--> statement-breakpoint
CREATE INDEX "accessibility_reports_created_idx" ON "accessibility_reports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "accessibility_reports_status_idx" ON "accessibility_reports" USING btree ("status","created_at");