-- The search vector is a generated column and may only call immutable functions; array_to_string is
-- declared stable (it could call any element type's output function), but on text[] it depends on
-- nothing but its argument, so this wrapper may say immutable.
CREATE FUNCTION library_words(words text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(words, ' ') $$;--> statement-breakpoint
CREATE TABLE "library_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"barcode" text NOT NULL,
	"branch" text NOT NULL,
	"shelfmark" text NOT NULL,
	"state" text DEFAULT 'available' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_items_barcode_key" UNIQUE("barcode")
);
--> statement-breakpoint
CREATE TABLE "library_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"control_number" text NOT NULL,
	"media_type" text NOT NULL,
	"title" text NOT NULL,
	"subtitle" text DEFAULT '' NOT NULL,
	"authors" text[] DEFAULT '{}'::text[] NOT NULL,
	"publisher" text DEFAULT '' NOT NULL,
	"year" smallint,
	"language" text,
	"subjects" text[] DEFAULT '{}'::text[] NOT NULL,
	"isbns" text[] DEFAULT '{}'::text[] NOT NULL,
	"series" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"extent" text DEFAULT '' NOT NULL,
	"onleihe_url" text,
	"marc" jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', title || ' ' || subtitle), 'A') || setweight(to_tsvector('german', library_words(authors) || ' ' || series), 'B') || setweight(to_tsvector('german', library_words(subjects) || ' ' || summary), 'C')) STORED NOT NULL,
	CONSTRAINT "library_records_control_number_key" UNIQUE("control_number"),
	CONSTRAINT "library_records_year_check" CHECK ("library_records"."year" is null or "library_records"."year" between 1000 and 2999)
);
--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_record_id_library_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."library_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_items_record_idx" ON "library_items" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "library_records_search_idx" ON "library_records" USING gin ("search") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "library_records_media_year_idx" ON "library_records" USING btree ("media_type","year");--> statement-breakpoint
-- As for the Leistungen (services' search-indexes migration): no planner statistics on the search
-- vector, kept in the row rather than in TOAST.
ALTER TABLE "library_records" ALTER COLUMN "search" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "library_records" ALTER COLUMN "search" SET STORAGE MAIN;
