ALTER TABLE "council_files" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(name, '')), 'C') || to_tsvector('german', left(coalesce(text, ''), 300000))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "council_papers" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(name, '')), 'A') || setweight(to_tsvector('german', regexp_replace(coalesce(reference, ''), '[^[:alnum:]]+', ' ', 'g') || ' ' || coalesce(paper_type, '')), 'B')) STORED NOT NULL;--> statement-breakpoint
-- council-search: the vectors are read whole by the in-memory index, never estimated by the planner
-- (docs/performance.md: search columns without statistics, kept inline where they fit).
ALTER TABLE "council_papers" ALTER COLUMN "search" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "council_papers" ALTER COLUMN "search" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "council_files" ALTER COLUMN "search" SET STATISTICS 0;--> statement-breakpoint
-- The search index and its pages are kept until one of these tables changes (kernel/db/changes.ts).
-- "create or replace": another part of the module may give the same table the same trigger.
create or replace trigger council_papers_notify_change after insert or update or delete or truncate on council_papers
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create or replace trigger council_files_notify_change after insert or update or delete or truncate on council_files
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create or replace trigger council_paper_files_notify_change after insert or update or delete or truncate on council_paper_files
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create or replace trigger council_consultations_notify_change after insert or update or delete or truncate on council_consultations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create or replace trigger council_consultation_organizations_notify_change after insert or update or delete or truncate on council_consultation_organizations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create or replace trigger council_paper_organizations_notify_change after insert or update or delete or truncate on council_paper_organizations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create or replace trigger council_organizations_notify_change after insert or update or delete or truncate on council_organizations
  for each statement execute function stadtportal_notify_change();
