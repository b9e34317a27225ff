CREATE TABLE "wlan_gap_reference_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "wlan_gap_reports" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
-- The public heat map /wlan/luecken is cached until a report changes (kernel/db/changes.ts).
create trigger wlan_gap_reports_notify_change after insert or update or delete or truncate on wlan_gap_reports
  for each statement execute function stadtportal_notify_change();
