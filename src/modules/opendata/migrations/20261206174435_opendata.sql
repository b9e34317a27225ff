CREATE TABLE "opendata_api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"scope" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "opendata_api_tokens_hash_key" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "opendata_dataset_revisions" (
	"dataset_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"change" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "opendata_dataset_revisions_dataset_id_revision_pk" PRIMARY KEY("dataset_id","revision")
);
--> statement-breakpoint
CREATE TABLE "opendata_datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"private" boolean DEFAULT false NOT NULL,
	"license_id" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_url" text,
	"contributor_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"temporal_start" date,
	"temporal_end" date,
	"spatial_key" text,
	"spatial_level" text,
	"frequency" text,
	"legal_basis" text,
	"landing_page" text,
	"version" text,
	"issued" timestamp with time zone,
	"modified" timestamp with time zone,
	"origin" text DEFAULT 'portal' NOT NULL,
	"harvest_source_id" uuid,
	"origin_ref" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"metadata_created" timestamp with time zone DEFAULT now() NOT NULL,
	"metadata_modified" timestamp with time zone DEFAULT now() NOT NULL,
	"facet_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"search" "tsvector" DEFAULT ''::tsvector NOT NULL,
	CONSTRAINT "opendata_datasets_name_key" UNIQUE("name"),
	CONSTRAINT "opendata_datasets_origin_key" UNIQUE("harvest_source_id","origin_ref")
);
--> statement-breakpoint
CREATE TABLE "opendata_memberships" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"capacity" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opendata_memberships_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "opendata_organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"homepage" text,
	"email" text,
	"upload_limit_bytes" bigint DEFAULT 2147483648 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opendata_organizations_name_key" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "opendata_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dataset_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"format" text NOT NULL,
	"media_type" text,
	"url" text,
	"file_key" text,
	"file_name" text,
	"byte_size" bigint,
	"checksum_algorithm" text,
	"checksum" text,
	"license_id" text,
	"datastore_active" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opendata_datastore_tables" (
	"resource_id" uuid PRIMARY KEY NOT NULL,
	"table_name" text NOT NULL,
	"fields" jsonb NOT NULL,
	"primary_key" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"row_count" bigint DEFAULT 0 NOT NULL,
	"loaded_bytes" bigint DEFAULT 0 NOT NULL,
	"total_bytes" bigint,
	"error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opendata_datastore_tables_table_key" UNIQUE("table_name")
);
--> statement-breakpoint
CREATE TABLE "opendata_harvest_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"level" text NOT NULL,
	"dataset_ref" text,
	"message" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opendata_harvest_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"deleted" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opendata_harvest_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"interval_hours" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opendata_harvest_sources_name_key" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "opendata_usage_daily" (
	"dataset_id" uuid NOT NULL,
	"day" date NOT NULL,
	"page_views" integer DEFAULT 0 NOT NULL,
	"downloads" integer DEFAULT 0 NOT NULL,
	"api_calls" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "opendata_usage_daily_dataset_id_day_pk" PRIMARY KEY("dataset_id","day")
);
--> statement-breakpoint
ALTER TABLE "opendata_api_tokens" ADD CONSTRAINT "opendata_api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_dataset_revisions" ADD CONSTRAINT "opendata_dataset_revisions_dataset_id_opendata_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."opendata_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_dataset_revisions" ADD CONSTRAINT "opendata_dataset_revisions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_datasets" ADD CONSTRAINT "opendata_datasets_organization_id_opendata_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."opendata_organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_datasets" ADD CONSTRAINT "opendata_datasets_harvest_source_id_opendata_harvest_sources_id_fk" FOREIGN KEY ("harvest_source_id") REFERENCES "public"."opendata_harvest_sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_datasets" ADD CONSTRAINT "opendata_datasets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_memberships" ADD CONSTRAINT "opendata_memberships_organization_id_opendata_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."opendata_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_memberships" ADD CONSTRAINT "opendata_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_resources" ADD CONSTRAINT "opendata_resources_dataset_id_opendata_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."opendata_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_datastore_tables" ADD CONSTRAINT "opendata_datastore_tables_resource_id_opendata_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."opendata_resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_harvest_log" ADD CONSTRAINT "opendata_harvest_log_run_id_opendata_harvest_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."opendata_harvest_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_harvest_runs" ADD CONSTRAINT "opendata_harvest_runs_source_id_opendata_harvest_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."opendata_harvest_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_harvest_sources" ADD CONSTRAINT "opendata_harvest_sources_organization_id_opendata_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."opendata_organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_usage_daily" ADD CONSTRAINT "opendata_usage_daily_dataset_id_opendata_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."opendata_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opendata_api_tokens_user_idx" ON "opendata_api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "opendata_datasets_search_idx" ON "opendata_datasets" USING gin ("search") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "opendata_datasets_facets_idx" ON "opendata_datasets" USING gin ("facet_keys") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "opendata_datasets_modified_idx" ON "opendata_datasets" USING btree ("metadata_modified");--> statement-breakpoint
CREATE INDEX "opendata_datasets_organization_idx" ON "opendata_datasets" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "opendata_memberships_user_idx" ON "opendata_memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "opendata_resources_dataset_idx" ON "opendata_resources" USING btree ("dataset_id","position");--> statement-breakpoint
CREATE INDEX "opendata_harvest_log_run_idx" ON "opendata_harvest_log" USING btree ("run_id","at");--> statement-breakpoint
CREATE INDEX "opendata_harvest_runs_source_idx" ON "opendata_harvest_runs" USING btree ("source_id","started_at");