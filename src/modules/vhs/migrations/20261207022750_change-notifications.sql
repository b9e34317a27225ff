-- The catalogue and course pages are cached for anonymous visitors, and the Programmbereiche, places
-- and the search vocabulary kept in memory, until one of these tables changes (kernel/db/changes.ts).
-- A booking changes vhs_courses.seats_taken, so the free places shown follow it.
create trigger vhs_programme_areas_notify_change after insert or update or delete or truncate on vhs_programme_areas
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger vhs_places_notify_change after insert or update or delete or truncate on vhs_places
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger vhs_courses_notify_change after insert or update or delete or truncate on vhs_courses
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger vhs_sessions_notify_change after insert or update or delete or truncate on vhs_sessions
  for each statement execute function stadtportal_notify_change();
