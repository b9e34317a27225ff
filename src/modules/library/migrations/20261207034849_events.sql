CREATE TABLE "library_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"audience" text NOT NULL,
	"admission" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"cancellation_reason" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_events_dates_check" CHECK ("library_events"."starts_at" < "library_events"."ends_at"),
	CONSTRAINT "library_events_where_check" CHECK ("library_events"."online" or "library_events"."place" <> '')
);
--> statement-breakpoint
CREATE INDEX "library_events_starts_idx" ON "library_events" USING btree ("starts_at");--> statement-breakpoint
-- The calendar /bildung/kalender and the event pages are cached until this table changes (ADR 8).
CREATE TRIGGER library_events_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON library_events
  FOR EACH STATEMENT EXECUTE FUNCTION stadtportal_notify_change();
