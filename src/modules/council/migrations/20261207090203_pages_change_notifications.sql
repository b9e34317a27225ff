-- The public pages at /rat are cached for anonymous visitors until one of the tables they show changes
-- (ADR 8, kernel/db/changes.ts; the list is COUNCIL_PAGE_TABLES in pages/cache.ts).
create or replace trigger council_organizations_notify_change after insert or update or delete or truncate on council_organizations
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_persons_notify_change after insert or update or delete or truncate on council_persons
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_memberships_notify_change after insert or update or delete or truncate on council_memberships
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_locations_notify_change after insert or update or delete or truncate on council_locations
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_files_notify_change after insert or update or delete or truncate on council_files
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_meetings_notify_change after insert or update or delete or truncate on council_meetings
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_meeting_organizations_notify_change after insert or update or delete or truncate on council_meeting_organizations
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_meeting_files_notify_change after insert or update or delete or truncate on council_meeting_files
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_agenda_items_notify_change after insert or update or delete or truncate on council_agenda_items
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_agenda_item_files_notify_change after insert or update or delete or truncate on council_agenda_item_files
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_papers_notify_change after insert or update or delete or truncate on council_papers
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_paper_relations_notify_change after insert or update or delete or truncate on council_paper_relations
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_paper_files_notify_change after insert or update or delete or truncate on council_paper_files
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_paper_locations_notify_change after insert or update or delete or truncate on council_paper_locations
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_paper_persons_notify_change after insert or update or delete or truncate on council_paper_persons
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_paper_organizations_notify_change after insert or update or delete or truncate on council_paper_organizations
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_consultations_notify_change after insert or update or delete or truncate on council_consultations
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create or replace trigger council_consultation_organizations_notify_change after insert or update or delete or truncate on council_consultation_organizations
  for each statement execute function stadtportal_notify_change();
