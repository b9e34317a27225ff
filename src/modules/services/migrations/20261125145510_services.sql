CREATE TABLE "services" (
	"slug" text PRIMARY KEY NOT NULL,
	"leika_key" text,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"eligibility" text NOT NULL,
	"required_documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"fees" text NOT NULL,
	"fee_cents" integer,
	"processing_time" text NOT NULL,
	"processing_days" integer NOT NULL,
	"legal_bases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"department_id" text NOT NULL,
	"contact_phone" text,
	"contact_email" text,
	"contact_address" text,
	"contact_hours" text,
	"personal_appearance" boolean DEFAULT false NOT NULL,
	"appearance_reason" text,
	"appearance_bring" text[] DEFAULT '{}'::text[] NOT NULL,
	"appointment_url" text,
	"external_portal_name" text,
	"external_portal_url" text,
	"ozg_level" smallint DEFAULT 0 NOT NULL,
	"online_application" boolean DEFAULT false NOT NULL,
	"guest_allowed" boolean DEFAULT false NOT NULL,
	"payment_policy" text DEFAULT 'none' NOT NULL,
	"retention_days" integer DEFAULT 365 NOT NULL,
	"life_situations" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', name || ' ' || keywords), 'A') || setweight(to_tsvector('german', summary), 'B') || setweight(to_tsvector('german', description), 'C')) STORED NOT NULL,
	"search_text" text GENERATED ALWAYS AS (name || ' ' || keywords) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_ozg_level_check" CHECK ("services"."ozg_level" between 0 and 4),
	CONSTRAINT "services_payment_policy_check" CHECK ("services"."payment_policy" in ('none', 'optional', 'before_submission', 'after_decision')),
	CONSTRAINT "services_processing_days_check" CHECK ("services"."processing_days" > 0),
	CONSTRAINT "services_retention_days_check" CHECK ("services"."retention_days" > 0),
	CONSTRAINT "services_fee_cents_check" CHECK ("services"."fee_cents" is null or "services"."fee_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "services_search_idx" ON "services" USING gin ("search");--> statement-breakpoint
CREATE INDEX "services_search_text_trgm_idx" ON "services" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_life_situations_idx" ON "services" USING gin ("life_situations");--> statement-breakpoint
CREATE INDEX "services_department_idx" ON "services" USING btree ("department_id");