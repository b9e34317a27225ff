CREATE TABLE "cockpit_figure_sources" (
	"module" text PRIMARY KEY NOT NULL,
	"area" text NOT NULL,
	"last_success_at" timestamp with time zone,
	"last_failure_at" timestamp with time zone,
	"last_error" text
);
