-- Search extensions used by full-text search (docs/database.md, German full text): pg_trgm for typo-tolerant
-- similarity, unaccent for umlaut/accent-insensitive matching. Both are bundled with PGlite and
-- "trusted" on PostgreSQL 13+, so the owner of the database may create them without superuser rights.
create extension if not exists pg_trgm;
--> statement-breakpoint
create extension if not exists unaccent;
