CREATE TABLE "council_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"interval_minutes" integer DEFAULT 60 NOT NULL,
	"oparl_version" text,
	"system_name" text,
	"vendor" text,
	"product" text,
	"last_run_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_sources_url_key" UNIQUE("url")
);
--> statement-breakpoint
CREATE TABLE "council_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"name" text NOT NULL,
	"short_name" text,
	"website" text,
	"license_valid_since" timestamp with time zone,
	"oparl_since" timestamp with time zone,
	"ags" text,
	"rgs" text,
	"equivalent" text[] DEFAULT '{}' NOT NULL,
	"contact_email" text,
	"contact_name" text,
	"classification" text,
	"location_id" uuid,
	"main_organization_id" uuid
);
--> statement-breakpoint
CREATE TABLE "council_legislative_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"body_id" uuid NOT NULL,
	"name" text,
	"start_date" date,
	"end_date" date
);
--> statement-breakpoint
CREATE TABLE "council_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"body_id" uuid,
	"description" text,
	"geojson" jsonb,
	"street_address" text,
	"room" text,
	"postal_code" text,
	"sub_locality" text,
	"locality" text
);
--> statement-breakpoint
CREATE TABLE "council_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"body_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text,
	"voting_right" boolean,
	"start_date" date,
	"end_date" date,
	"on_behalf_of_id" uuid
);
--> statement-breakpoint
CREATE TABLE "council_organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"body_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text,
	"short_name" text,
	"post" text[] DEFAULT '{}' NOT NULL,
	"sub_organization_of_id" uuid,
	"organization_type" text,
	"classification" text,
	"start_date" date,
	"end_date" date,
	"website" text,
	"location_id" uuid,
	"external_body_id" uuid
);
--> statement-breakpoint
CREATE TABLE "council_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"body_id" uuid NOT NULL,
	"name" text,
	"family_name" text,
	"given_name" text,
	"form_of_address" text,
	"affix" text,
	"title" text[] DEFAULT '{}' NOT NULL,
	"gender" text,
	"phone" text[] DEFAULT '{}' NOT NULL,
	"email" text[] DEFAULT '{}' NOT NULL,
	"location_id" uuid,
	"status" text[] DEFAULT '{}' NOT NULL,
	"image_file_id" uuid,
	"life" text,
	"life_source" text
);
--> statement-breakpoint
CREATE TABLE "council_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"body_id" uuid NOT NULL,
	"name" text,
	"file_name" text,
	"mime_type" text,
	"date" date,
	"size" bigint,
	"sha1_checksum" text,
	"sha512_checksum" text,
	"text" text,
	"source_access_url" text,
	"source_download_url" text,
	"external_service_url" text,
	"master_file_id" uuid,
	"file_license" text,
	"storage_key" text,
	"public" boolean DEFAULT true NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(name, '')), 'C') || to_tsvector('german', left(coalesce(text, ''), 300000))) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_agenda_item_files" (
	"agenda_item_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "council_agenda_item_files_agenda_item_id_file_id_pk" PRIMARY KEY("agenda_item_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "council_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"body_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"number" text,
	"order" integer NOT NULL,
	"name" text,
	"public" boolean DEFAULT true NOT NULL,
	"consultation_id" uuid,
	"result" text,
	"resolution_text" text,
	"resolution_file_id" uuid,
	"start" timestamp with time zone,
	"end" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "council_meeting_files" (
	"meeting_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "council_meeting_files_meeting_id_file_id_pk" PRIMARY KEY("meeting_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "council_meeting_organizations" (
	"meeting_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "council_meeting_organizations_meeting_id_organization_id_pk" PRIMARY KEY("meeting_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "council_meeting_participants" (
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "council_meeting_participants_meeting_id_person_id_pk" PRIMARY KEY("meeting_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "council_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"body_id" uuid NOT NULL,
	"name" text,
	"meeting_state" text,
	"cancelled" boolean DEFAULT false NOT NULL,
	"start" timestamp with time zone,
	"end" timestamp with time zone,
	"location_id" uuid,
	"invitation_file_id" uuid,
	"results_protocol_file_id" uuid,
	"verbatim_protocol_file_id" uuid
);
--> statement-breakpoint
CREATE TABLE "council_consultation_organizations" (
	"consultation_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "council_consultation_organizations_consultation_id_organization_id_pk" PRIMARY KEY("consultation_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "council_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"body_id" uuid NOT NULL,
	"paper_id" uuid,
	"agenda_item_id" uuid,
	"meeting_id" uuid,
	"authoritative" boolean,
	"role" text
);
--> statement-breakpoint
CREATE TABLE "council_paper_files" (
	"paper_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "council_paper_files_paper_id_file_id_pk" PRIMARY KEY("paper_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "council_paper_locations" (
	"paper_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	CONSTRAINT "council_paper_locations_paper_id_location_id_pk" PRIMARY KEY("paper_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "council_paper_organizations" (
	"paper_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "council_paper_organizations_paper_id_organization_id_role_pk" PRIMARY KEY("paper_id","organization_id","role")
);
--> statement-breakpoint
CREATE TABLE "council_paper_persons" (
	"paper_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "council_paper_persons_paper_id_person_id_pk" PRIMARY KEY("paper_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "council_paper_relations" (
	"paper_id" uuid NOT NULL,
	"other_paper_id" uuid NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "council_paper_relations_paper_id_other_paper_id_relation_pk" PRIMARY KEY("paper_id","other_paper_id","relation")
);
--> statement-breakpoint
CREATE TABLE "council_papers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"external_url" text,
	"source_modified" timestamp with time zone,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"modified" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"keyword" text[] DEFAULT '{}' NOT NULL,
	"web" text,
	"license" text,
	"body_id" uuid NOT NULL,
	"name" text,
	"reference" text,
	"date" date,
	"paper_type" text,
	"main_file_id" uuid,
	"public" boolean DEFAULT true NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(name, '')), 'A') || setweight(to_tsvector('german', regexp_replace(coalesce(reference, ''), '[^[:alnum:]]+', ' ', 'g') || ' ' || coalesce(paper_type, '')), 'B')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_member_accounts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_member_accounts_person_key" UNIQUE("person_id")
);
--> statement-breakpoint
CREATE TABLE "council_alert_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"kind" text NOT NULL,
	"target_key" text NOT NULL,
	"search" jsonb,
	"organization_id" uuid,
	"paper_id" uuid,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"reported_until" timestamp with time zone,
	CONSTRAINT "council_alert_subscriptions_target_check" CHECK ((kind = 'search' and search is not null) or (kind = 'gremium' and organization_id is not null) or (kind = 'paper' and paper_id is not null))
);
--> statement-breakpoint
CREATE TABLE "council_import_objects" (
	"source_id" uuid NOT NULL,
	"external_url" text NOT NULL,
	"type" text NOT NULL,
	"row_id" uuid NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "council_import_objects_source_id_external_url_pk" PRIMARY KEY("source_id","external_url")
);
--> statement-breakpoint
CREATE TABLE "council_import_pending" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"holder_url" text NOT NULL,
	"field" text NOT NULL,
	"target_url" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"object" jsonb
);
--> statement-breakpoint
CREATE TABLE "council_import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text DEFAULT 'running' NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"modified_since" timestamp with time zone,
	"resumed_from_id" uuid,
	"position" jsonb,
	"lists" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"pages_read" integer DEFAULT 0 NOT NULL,
	"files_stored" integer DEFAULT 0 NOT NULL,
	"files_failed" integer DEFAULT 0 NOT NULL,
	"skipped" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skipped_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "council_bodies" ADD CONSTRAINT "council_bodies_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_legislative_terms" ADD CONSTRAINT "council_legislative_terms_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_legislative_terms" ADD CONSTRAINT "council_legislative_terms_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_locations" ADD CONSTRAINT "council_locations_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_locations" ADD CONSTRAINT "council_locations_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_memberships" ADD CONSTRAINT "council_memberships_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_memberships" ADD CONSTRAINT "council_memberships_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_memberships" ADD CONSTRAINT "council_memberships_person_id_council_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."council_persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_memberships" ADD CONSTRAINT "council_memberships_organization_id_council_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."council_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_organizations" ADD CONSTRAINT "council_organizations_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_organizations" ADD CONSTRAINT "council_organizations_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_persons" ADD CONSTRAINT "council_persons_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_persons" ADD CONSTRAINT "council_persons_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_files" ADD CONSTRAINT "council_files_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_files" ADD CONSTRAINT "council_files_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_item_files" ADD CONSTRAINT "council_agenda_item_files_agenda_item_id_council_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."council_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_item_files" ADD CONSTRAINT "council_agenda_item_files_file_id_council_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."council_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_resolution_file_id_council_files_id_fk" FOREIGN KEY ("resolution_file_id") REFERENCES "public"."council_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_files" ADD CONSTRAINT "council_meeting_files_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_files" ADD CONSTRAINT "council_meeting_files_file_id_council_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."council_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_organizations" ADD CONSTRAINT "council_meeting_organizations_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_organizations" ADD CONSTRAINT "council_meeting_organizations_organization_id_council_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."council_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_participants" ADD CONSTRAINT "council_meeting_participants_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_participants" ADD CONSTRAINT "council_meeting_participants_person_id_council_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."council_persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_location_id_council_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."council_locations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_invitation_file_id_council_files_id_fk" FOREIGN KEY ("invitation_file_id") REFERENCES "public"."council_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_results_protocol_file_id_council_files_id_fk" FOREIGN KEY ("results_protocol_file_id") REFERENCES "public"."council_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_verbatim_protocol_file_id_council_files_id_fk" FOREIGN KEY ("verbatim_protocol_file_id") REFERENCES "public"."council_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_consultation_organizations" ADD CONSTRAINT "council_consultation_organizations_consultation_id_council_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."council_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_consultation_organizations" ADD CONSTRAINT "council_consultation_organizations_organization_id_council_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."council_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_consultations" ADD CONSTRAINT "council_consultations_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_consultations" ADD CONSTRAINT "council_consultations_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_consultations" ADD CONSTRAINT "council_consultations_paper_id_council_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."council_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_consultations" ADD CONSTRAINT "council_consultations_agenda_item_id_council_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."council_agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_consultations" ADD CONSTRAINT "council_consultations_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_files" ADD CONSTRAINT "council_paper_files_paper_id_council_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."council_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_files" ADD CONSTRAINT "council_paper_files_file_id_council_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."council_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_locations" ADD CONSTRAINT "council_paper_locations_paper_id_council_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."council_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_locations" ADD CONSTRAINT "council_paper_locations_location_id_council_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."council_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_organizations" ADD CONSTRAINT "council_paper_organizations_paper_id_council_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."council_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_organizations" ADD CONSTRAINT "council_paper_organizations_organization_id_council_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."council_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_persons" ADD CONSTRAINT "council_paper_persons_paper_id_council_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."council_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_persons" ADD CONSTRAINT "council_paper_persons_person_id_council_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."council_persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_relations" ADD CONSTRAINT "council_paper_relations_paper_id_council_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."council_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_relations" ADD CONSTRAINT "council_paper_relations_other_paper_id_council_papers_id_fk" FOREIGN KEY ("other_paper_id") REFERENCES "public"."council_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_papers" ADD CONSTRAINT "council_papers_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_papers" ADD CONSTRAINT "council_papers_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_papers" ADD CONSTRAINT "council_papers_main_file_id_council_files_id_fk" FOREIGN KEY ("main_file_id") REFERENCES "public"."council_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_member_accounts" ADD CONSTRAINT "council_member_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_member_accounts" ADD CONSTRAINT "council_member_accounts_person_id_council_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."council_persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_alert_subscriptions" ADD CONSTRAINT "council_alert_subscriptions_organization_id_council_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."council_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_alert_subscriptions" ADD CONSTRAINT "council_alert_subscriptions_paper_id_council_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."council_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_import_objects" ADD CONSTRAINT "council_import_objects_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_import_pending" ADD CONSTRAINT "council_import_pending_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_import_runs" ADD CONSTRAINT "council_import_runs_source_id_council_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."council_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "council_bodies_source_key" ON "council_bodies" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_bodies_modified_idx" ON "council_bodies" USING btree ("modified","id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_legislative_terms_source_key" ON "council_legislative_terms" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_legislative_terms_modified_idx" ON "council_legislative_terms" USING btree ("body_id","modified","id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_locations_source_key" ON "council_locations" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_locations_modified_idx" ON "council_locations" USING btree ("body_id","modified","id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_memberships_source_key" ON "council_memberships" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_memberships_modified_idx" ON "council_memberships" USING btree ("body_id","modified","id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_organizations_source_key" ON "council_organizations" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_organizations_modified_idx" ON "council_organizations" USING btree ("body_id","modified","id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_organizations_slug_key" ON "council_organizations" USING btree ("body_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "council_persons_source_key" ON "council_persons" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_persons_modified_idx" ON "council_persons" USING btree ("body_id","modified","id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_files_source_key" ON "council_files" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_files_modified_idx" ON "council_files" USING btree ("body_id","modified","id");--> statement-breakpoint
CREATE INDEX "council_agenda_item_files_file_idx" ON "council_agenda_item_files" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_agenda_items_source_key" ON "council_agenda_items" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_agenda_items_modified_idx" ON "council_agenda_items" USING btree ("body_id","modified","id");--> statement-breakpoint
CREATE INDEX "council_agenda_items_meeting_idx" ON "council_agenda_items" USING btree ("meeting_id","order");--> statement-breakpoint
CREATE INDEX "council_agenda_items_resolution_file_idx" ON "council_agenda_items" USING btree ("resolution_file_id");--> statement-breakpoint
CREATE INDEX "council_meeting_files_file_idx" ON "council_meeting_files" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "council_meeting_organizations_org_idx" ON "council_meeting_organizations" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_meetings_source_key" ON "council_meetings" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_meetings_modified_idx" ON "council_meetings" USING btree ("body_id","modified","id");--> statement-breakpoint
CREATE INDEX "council_meetings_start_idx" ON "council_meetings" USING btree ("start");--> statement-breakpoint
CREATE INDEX "council_consultation_organizations_org_idx" ON "council_consultation_organizations" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_consultations_source_key" ON "council_consultations" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_consultations_modified_idx" ON "council_consultations" USING btree ("body_id","modified","id");--> statement-breakpoint
CREATE INDEX "council_consultations_paper_idx" ON "council_consultations" USING btree ("paper_id");--> statement-breakpoint
CREATE INDEX "council_consultations_meeting_idx" ON "council_consultations" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "council_paper_files_file_idx" ON "council_paper_files" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "council_paper_locations_location_idx" ON "council_paper_locations" USING btree ("location_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_papers_source_key" ON "council_papers" USING btree ("source_id","external_url");--> statement-breakpoint
CREATE INDEX "council_papers_modified_idx" ON "council_papers" USING btree ("body_id","modified","id");--> statement-breakpoint
CREATE INDEX "council_papers_date_idx" ON "council_papers" USING btree ("body_id","date");--> statement-breakpoint
CREATE INDEX "council_papers_main_file_idx" ON "council_papers" USING btree ("main_file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_alert_subscriptions_target_key" ON "council_alert_subscriptions" USING btree ("email","target_key");--> statement-breakpoint
CREATE INDEX "council_alert_subscriptions_unconfirmed_idx" ON "council_alert_subscriptions" USING btree ("created_at") WHERE confirmed_at is null;--> statement-breakpoint
CREATE INDEX "council_import_pending_source_idx" ON "council_import_pending" USING btree ("source_id","holder_url");--> statement-breakpoint
CREATE INDEX "council_import_runs_source_idx" ON "council_import_runs" USING btree ("source_id","started_at");--> statement-breakpoint
-- The search vectors are read whole by the in-memory index, never estimated by the planner
-- (docs/performance.md: search columns without statistics, kept inline where they fit).
ALTER TABLE "council_papers" ALTER COLUMN "search" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "council_papers" ALTER COLUMN "search" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "council_files" ALTER COLUMN "search" SET STATISTICS 0;--> statement-breakpoint
-- Every table the pages, the search index and the OParl server's kept objects read: a committed change
-- reaches each process (kernel/db/changes.ts) and drops what shows it (ADR 8, ADR 16).
create trigger council_bodies_notify_change after insert or update or delete or truncate on council_bodies
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_legislative_terms_notify_change after insert or update or delete or truncate on council_legislative_terms
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_organizations_notify_change after insert or update or delete or truncate on council_organizations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_persons_notify_change after insert or update or delete or truncate on council_persons
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_memberships_notify_change after insert or update or delete or truncate on council_memberships
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_locations_notify_change after insert or update or delete or truncate on council_locations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_files_notify_change after insert or update or delete or truncate on council_files
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_meetings_notify_change after insert or update or delete or truncate on council_meetings
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_meeting_organizations_notify_change after insert or update or delete or truncate on council_meeting_organizations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_meeting_participants_notify_change after insert or update or delete or truncate on council_meeting_participants
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_meeting_files_notify_change after insert or update or delete or truncate on council_meeting_files
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_agenda_items_notify_change after insert or update or delete or truncate on council_agenda_items
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_agenda_item_files_notify_change after insert or update or delete or truncate on council_agenda_item_files
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_papers_notify_change after insert or update or delete or truncate on council_papers
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_paper_relations_notify_change after insert or update or delete or truncate on council_paper_relations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_paper_files_notify_change after insert or update or delete or truncate on council_paper_files
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_paper_locations_notify_change after insert or update or delete or truncate on council_paper_locations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_paper_persons_notify_change after insert or update or delete or truncate on council_paper_persons
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_paper_organizations_notify_change after insert or update or delete or truncate on council_paper_organizations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_consultations_notify_change after insert or update or delete or truncate on council_consultations
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger council_consultation_organizations_notify_change after insert or update or delete or truncate on council_consultation_organizations
  for each statement execute function stadtportal_notify_change();
