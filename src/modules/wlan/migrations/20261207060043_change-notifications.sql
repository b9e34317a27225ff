-- The statistics page (and any page showing hotspots) is cached until hotspots or their days change
-- (kernel/db/changes.ts). "or replace": another part of the module may declare the same trigger.
create or replace trigger wlan_hotspots_notify_change after insert or update or delete or truncate on wlan_hotspots
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger wlan_hotspot_days_notify_change after insert or update or delete or truncate on wlan_hotspot_days
  for each statement execute function stadtportal_notify_change();
