CREATE TABLE "wlan_broadband_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"state" text NOT NULL,
	"builder" text DEFAULT '' NOT NULL,
	"addresses" integer DEFAULT 0 NOT NULL,
	"started_on" date,
	"finished_on" date,
	"outline" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wlan_broadband_areas_slug_key" UNIQUE("slug"),
	CONSTRAINT "wlan_broadband_areas_addresses_check" CHECK ("wlan_broadband_areas"."addresses" >= 0)
);
--> statement-breakpoint
-- /wlan, the hotspot pages and the exports are cached for anonymous visitors (and the current hotspots
-- kept in memory) until one of these tables changes (kernel/db/changes.ts).
create trigger wlan_hotspots_notify_change after insert or update or delete or truncate on wlan_hotspots
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger wlan_broadband_areas_notify_change after insert or update or delete or truncate on wlan_broadband_areas
  for each statement execute function stadtportal_notify_change();
