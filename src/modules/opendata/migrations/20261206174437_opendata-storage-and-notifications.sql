-- The search column is read for every candidate of a search: kept in the row (storage main) rather
-- than in TOAST, and without planner statistics, so the planner uses the GIN index with the default
-- selectivity of a search instead of a sequential scan (docs/performance.md, the pattern for a
-- catalogue; the same as the Leistungen's search column).
ALTER TABLE "opendata_datasets" ALTER COLUMN "search" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "opendata_datasets" ALTER COLUMN "search" SET STORAGE MAIN;--> statement-breakpoint
-- The A–Z order of the catalogue (`sort=title_string asc`) in the collation it uses.
CREATE INDEX "opendata_datasets_title_icu_idx" ON "opendata_datasets" USING btree ("title" collate "und-x-icu", "name");--> statement-breakpoint
-- DataStore tables live apart from the portal's own tables: `datastore_search_sql` may read only this schema.
CREATE SCHEMA IF NOT EXISTS "datastore";--> statement-breakpoint
-- Cached /daten pages and API answers are kept until what they show changes (kernel/db/changes.ts).
create trigger opendata_organizations_notify_change after insert or update or delete or truncate on opendata_organizations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger opendata_datasets_notify_change after insert or update or delete or truncate on opendata_datasets
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger opendata_resources_notify_change after insert or update or delete or truncate on opendata_resources
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger opendata_datastore_tables_notify_change after insert or update or delete or truncate on opendata_datastore_tables
  for each statement execute function stadtportal_notify_change();
