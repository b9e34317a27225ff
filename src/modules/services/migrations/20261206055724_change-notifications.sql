-- The catalogue pages are cached until a Leistung changes (kernel/db/changes.ts).
create trigger services_notify_change after insert or update or delete or truncate on services
  for each statement execute function stadtportal_notify_change();
