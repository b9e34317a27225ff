CREATE TABLE "cockpit_partner_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ags" text NOT NULL,
	"town_name" text NOT NULL,
	"source_url" text,
	"feed" jsonb NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cockpit_partner_feeds_ags_key" UNIQUE("ags")
);
