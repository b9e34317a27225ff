ALTER TABLE "council_sources" ADD COLUMN "running_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "council_sources" ADD COLUMN "running_renewed_at" timestamp with time zone;