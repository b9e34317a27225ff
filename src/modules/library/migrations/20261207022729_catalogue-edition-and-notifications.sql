ALTER TABLE "library_records" ADD COLUMN "edition" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- The catalogue pages are cached for anonymous visitors until a record or a copy changes (kernel/db/changes.ts).
create trigger library_records_notify_change after insert or update or delete or truncate on library_records
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger library_items_notify_change after insert or update or delete or truncate on library_items
  for each statement execute function stadtportal_notify_change();
