CREATE TABLE "wlan_feed_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"format" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"interval_minutes" integer DEFAULT 15 NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wlan_feed_sources_url_key" UNIQUE("url")
);
--> statement-breakpoint
CREATE TABLE "wlan_hotspot_days" (
	"hotspot_id" uuid NOT NULL,
	"day" date NOT NULL,
	"online" boolean NOT NULL,
	"max_clients" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wlan_hotspots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"source_id" uuid,
	"external_id" text,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"operator" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"inside_area" boolean DEFAULT true NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"clients" integer DEFAULT 0 NOT NULL,
	"model" text,
	"first_seen_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wlan_hotspots_slug_key" UNIQUE("slug"),
	CONSTRAINT "wlan_hotspots_position_check" CHECK (("wlan_hotspots"."latitude" is null) = ("wlan_hotspots"."longitude" is null)),
	CONSTRAINT "wlan_hotspots_latitude_check" CHECK ("wlan_hotspots"."latitude" between -90 and 90),
	CONSTRAINT "wlan_hotspots_longitude_check" CHECK ("wlan_hotspots"."longitude" between -180 and 180),
	CONSTRAINT "wlan_hotspots_clients_check" CHECK ("wlan_hotspots"."clients" >= 0)
);
--> statement-breakpoint
CREATE TABLE "wlan_import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"location" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text DEFAULT 'running' NOT NULL,
	"format" text,
	"nodes_read" integer DEFAULT 0 NOT NULL,
	"nodes_taken" integer DEFAULT 0 NOT NULL,
	"skipped" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "wlan_gap_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"place" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"photo_key" text,
	"photo_content_type" text,
	"contact_email" text,
	"state" text DEFAULT 'new' NOT NULL,
	"public_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wlan_gap_reports_reference_key" UNIQUE("reference"),
	CONSTRAINT "wlan_gap_reports_latitude_check" CHECK ("wlan_gap_reports"."latitude" between -90 and 90),
	CONSTRAINT "wlan_gap_reports_longitude_check" CHECK ("wlan_gap_reports"."longitude" between -180 and 180)
);
--> statement-breakpoint
ALTER TABLE "wlan_hotspot_days" ADD CONSTRAINT "wlan_hotspot_days_hotspot_id_wlan_hotspots_id_fk" FOREIGN KEY ("hotspot_id") REFERENCES "public"."wlan_hotspots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wlan_hotspots" ADD CONSTRAINT "wlan_hotspots_source_id_wlan_feed_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."wlan_feed_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wlan_import_runs" ADD CONSTRAINT "wlan_import_runs_source_id_wlan_feed_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."wlan_feed_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "wlan_hotspot_days_key" ON "wlan_hotspot_days" USING btree ("hotspot_id","day");--> statement-breakpoint
CREATE INDEX "wlan_hotspot_days_day_idx" ON "wlan_hotspot_days" USING btree ("day");--> statement-breakpoint
CREATE UNIQUE INDEX "wlan_hotspots_external_key" ON "wlan_hotspots" USING btree ("source_id","external_id");--> statement-breakpoint
CREATE INDEX "wlan_hotspots_kind_idx" ON "wlan_hotspots" USING btree ("kind","online");--> statement-breakpoint
CREATE INDEX "wlan_import_runs_source_idx" ON "wlan_import_runs" USING btree ("source_id","started_at");--> statement-breakpoint
CREATE INDEX "wlan_gap_reports_state_idx" ON "wlan_gap_reports" USING btree ("state","created_at");