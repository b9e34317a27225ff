-- The search reads only index candidates (docs/performance.md, "What the profiles showed"):
-- GIN indexes without a pending list (PGlite has no autovacuum to flush it, and each search
-- would scan it), and no planner statistics on the two search columns. With statistics the
-- planner spent 2 ms (PostgreSQL) to 10 ms (PGlite) per search estimating `@@` and `<%` against
-- them, and then chose sequential scans that ran `word_similarity` and detoasted the tsvector on
-- every row (60 to 130 ms at 3,000 Leistungen). Without, it uses the default selectivities, which
-- fit a search (few rows), and the bitmap scans of both indexes. Statistics collected before are
-- only removed with the column, so both generated columns are made again (with their indexes).
-- The tsvector is kept in the row (storage main, compressed) rather than in the TOAST table: a
-- search reads it up to four times per candidate (recheck, match, rank), each a TOAST index
-- lookup when stored out of line (5x the buffer reads at 3,000 Leistungen); the long description
-- moves there instead. Rows written before this migration keep their storage until they are next
-- written (a rewrite now would leave PGlite, which has no autovacuum, with a table twice the size).
DROP INDEX "services_search_idx";--> statement-breakpoint
DROP INDEX "services_search_text_trgm_idx";--> statement-breakpoint
ALTER TABLE "services" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "services" DROP COLUMN "search_text";--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', name || ' ' || keywords), 'A') || setweight(to_tsvector('german', summary), 'B') || setweight(to_tsvector('german', description), 'C')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "search_text" text GENERATED ALWAYS AS (name || ' ' || keywords) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ALTER COLUMN "search" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "services" ALTER COLUMN "search" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "services" ALTER COLUMN "search_text" SET STATISTICS 0;--> statement-breakpoint
CREATE INDEX "services_name_icu_idx" ON "services" USING btree ("name" collate "und-x-icu","slug");--> statement-breakpoint
CREATE INDEX "services_search_idx" ON "services" USING gin ("search") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "services_search_text_trgm_idx" ON "services" USING gin ("search_text" gin_trgm_ops) WITH (fastupdate=false);
