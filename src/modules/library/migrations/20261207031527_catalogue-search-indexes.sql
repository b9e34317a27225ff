CREATE INDEX "library_records_title_icu_idx" ON "library_records" USING btree ("title" collate "und-x-icu","subtitle" collate "und-x-icu","id");--> statement-breakpoint
CREATE INDEX "library_records_isbns_idx" ON "library_records" USING gin ("isbns");--> statement-breakpoint
CREATE INDEX "library_records_subjects_idx" ON "library_records" USING gin ("subjects");--> statement-breakpoint
-- A search reads every hit's row (a GIN index has no index-only scan), and PGlite keeps only 16 MB of
-- pages in memory. The whole MARC record (about 1.9 KB) goes out of line uncompressed, so the row a search
-- reads is about 700 bytes instead of 1.5 KB with the record compressed inline. The target is not lower:
-- at 128 bytes the summary, subjects and persons went out of line too and every search fetched them
-- back (a subject filter on the 3,000 demo records: 17.6 ms instead of 8.4 ms).
ALTER TABLE "library_records" ALTER COLUMN "marc" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "library_records" SET (toast_tuple_target = 1024);
