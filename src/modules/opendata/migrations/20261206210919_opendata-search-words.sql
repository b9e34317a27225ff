CREATE TABLE "opendata_search_words" (
	"dataset_id" uuid NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "opendata_search_words_dataset_id_word_pk" PRIMARY KEY("dataset_id","word")
);
--> statement-breakpoint
ALTER TABLE "opendata_search_words" ADD CONSTRAINT "opendata_search_words_dataset_id_opendata_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."opendata_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opendata_search_words_trgm_idx" ON "opendata_search_words" USING gin ("word" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
INSERT INTO "opendata_search_words" ("dataset_id", "word") SELECT DISTINCT d.id, word FROM "opendata_datasets" d, regexp_split_to_table(lower((d.title || ' ' || array_to_string(d.tags, ' ')) COLLATE "und-x-icu"), '[^[:alnum:]]+') word WHERE d.state = 'active' AND NOT d.private AND word <> '';
