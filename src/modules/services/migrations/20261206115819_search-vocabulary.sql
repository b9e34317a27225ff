-- Typos are corrected in memory against the words of every Leistung's name and synonyms
-- (kernel/text-search, read once and kept until a Leistung changes), so the search is a single
-- full-text condition. The trigram index and the column it covered are no longer read; without
-- them every write of a Leistung also costs less.
DROP INDEX "services_search_text_trgm_idx";--> statement-breakpoint
ALTER TABLE "services" DROP COLUMN "search_text";