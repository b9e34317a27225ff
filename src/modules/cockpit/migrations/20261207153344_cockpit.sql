CREATE TABLE "cockpit_measure_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"summary" text NOT NULL,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cockpit_measure_links" (
	"measure_id" uuid NOT NULL,
	"module" text NOT NULL,
	"kind" text NOT NULL,
	"target_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cockpit_measure_links_pkey" PRIMARY KEY("measure_id","module","kind","target_id")
);
--> statement-breakpoint
CREATE TABLE "cockpit_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"goal" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_department_id" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"progress_percent" smallint DEFAULT 0 NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"budget_cents" bigint,
	"funding_source" text DEFAULT '' NOT NULL,
	"program_reference" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cockpit_measures_slug_key" UNIQUE("slug"),
	CONSTRAINT "cockpit_measures_progress_check" CHECK (progress_percent between 0 and 100),
	CONSTRAINT "cockpit_measures_dates_check" CHECK (ends_on is null or ends_on >= starts_on),
	CONSTRAINT "cockpit_measures_budget_check" CHECK (budget_cents is null or budget_cents >= 0)
);
--> statement-breakpoint
CREATE TABLE "cockpit_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cockpit_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"title" text NOT NULL,
	"likelihood" text NOT NULL,
	"impact" text NOT NULL,
	"mitigation" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cockpit_figure_days" (
	"key" text NOT NULL,
	"day" date NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "cockpit_figure_days_pkey" PRIMARY KEY("key","day")
);
--> statement-breakpoint
CREATE TABLE "cockpit_figure_sources" (
	"module" text PRIMARY KEY NOT NULL,
	"area" text NOT NULL,
	"last_success_at" timestamp with time zone,
	"last_failure_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "cockpit_figures" (
	"key" text PRIMARY KEY NOT NULL,
	"module" text NOT NULL,
	"area" text NOT NULL,
	"label" text NOT NULL,
	"unit" text NOT NULL,
	"definition" text NOT NULL,
	"value" double precision,
	"parts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"months" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" smallint NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
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
--> statement-breakpoint
ALTER TABLE "cockpit_measure_changes" ADD CONSTRAINT "cockpit_measure_changes_measure_id_cockpit_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."cockpit_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cockpit_measure_changes" ADD CONSTRAINT "cockpit_measure_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cockpit_measure_links" ADD CONSTRAINT "cockpit_measure_links_measure_id_cockpit_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."cockpit_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cockpit_measures" ADD CONSTRAINT "cockpit_measures_owner_department_id_departments_id_fk" FOREIGN KEY ("owner_department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cockpit_milestones" ADD CONSTRAINT "cockpit_milestones_measure_id_cockpit_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."cockpit_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cockpit_risks" ADD CONSTRAINT "cockpit_risks_measure_id_cockpit_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."cockpit_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cockpit_measure_changes_measure_idx" ON "cockpit_measure_changes" USING btree ("measure_id","changed_at");--> statement-breakpoint
CREATE INDEX "cockpit_measures_owner_idx" ON "cockpit_measures" USING btree ("owner_department_id");--> statement-breakpoint
CREATE INDEX "cockpit_milestones_measure_idx" ON "cockpit_milestones" USING btree ("measure_id","due_on");--> statement-breakpoint
CREATE INDEX "cockpit_risks_measure_idx" ON "cockpit_risks" USING btree ("measure_id");
--> statement-breakpoint
-- Pages and kept reads showing these tables are dropped when they change (kernel/db/changes.ts, ADR 8).
create trigger cockpit_measures_notify_change after insert or update or delete or truncate on cockpit_measures
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger cockpit_milestones_notify_change after insert or update or delete or truncate on cockpit_milestones
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger cockpit_risks_notify_change after insert or update or delete or truncate on cockpit_risks
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger cockpit_measure_links_notify_change after insert or update or delete or truncate on cockpit_measure_links
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger cockpit_measure_changes_notify_change after insert or update or delete or truncate on cockpit_measure_changes
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger cockpit_figures_notify_change after insert or update or delete or truncate on cockpit_figures
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger cockpit_figure_days_notify_change after insert or update or delete or truncate on cockpit_figure_days
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger cockpit_partner_feeds_notify_change after insert or update or delete or truncate on cockpit_partner_feeds
  for each statement execute function stadtportal_notify_change();
