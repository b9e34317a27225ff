-- The statistics page is cached until hotspots or their days change (kernel/db/changes.ts); the
-- hotspots' trigger came with the broadband migration.
create or replace trigger wlan_hotspot_days_notify_change after insert or update or delete or truncate on wlan_hotspot_days
  for each statement execute function stadtportal_notify_change();
