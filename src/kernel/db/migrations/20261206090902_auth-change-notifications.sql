-- Staff lists that pages read on every request (who processes the Anträge of a Fachbereich) are kept
-- in memory until a person, their Fachbereiche or their permissions change (kernel/db/query-cache.ts).
create trigger users_notify_change after insert or update or delete or truncate on users
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger user_departments_notify_change after insert or update or delete or truncate on user_departments
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger user_permissions_notify_change after insert or update or delete or truncate on user_permissions
  for each statement execute function stadtportal_notify_change();
