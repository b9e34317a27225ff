CREATE TABLE "vhs_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"number" text NOT NULL,
	"term" text NOT NULL,
	"area_id" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"format" text NOT NULL,
	"place_id" text,
	"room" text DEFAULT '' NOT NULL,
	"instructor" text NOT NULL,
	"audience" text DEFAULT 'Erwachsene' NOT NULL,
	"fee_cents" integer NOT NULL,
	"reduced_fee_cents" integer,
	"reduction_rule" text DEFAULT '' NOT NULL,
	"min_participants" smallint NOT NULL,
	"max_participants" smallint NOT NULL,
	"seats_taken" smallint DEFAULT 0 NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"booking_opens_at" timestamp with time zone,
	"booking_closes_at" timestamp with time zone NOT NULL,
	"cancellable_until" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"cancellation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', summary || ' ' || instructor), 'B') || setweight(to_tsvector('german', description), 'C')) STORED NOT NULL,
	CONSTRAINT "vhs_courses_slug_key" UNIQUE("slug"),
	CONSTRAINT "vhs_courses_number_key" UNIQUE("number"),
	CONSTRAINT "vhs_courses_participants_check" CHECK ("vhs_courses"."min_participants" >= 1 and "vhs_courses"."min_participants" <= "vhs_courses"."max_participants"),
	CONSTRAINT "vhs_courses_seats_check" CHECK ("vhs_courses"."seats_taken" >= 0 and "vhs_courses"."seats_taken" <= "vhs_courses"."max_participants"),
	CONSTRAINT "vhs_courses_fees_check" CHECK ("vhs_courses"."fee_cents" >= 0 and ("vhs_courses"."reduced_fee_cents" is null or "vhs_courses"."reduced_fee_cents" between 0 and "vhs_courses"."fee_cents")),
	CONSTRAINT "vhs_courses_place_check" CHECK ("vhs_courses"."format" = 'online' or "vhs_courses"."place_id" is not null),
	CONSTRAINT "vhs_courses_dates_check" CHECK ("vhs_courses"."starts_at" <= "vhs_courses"."ends_at"),
	CONSTRAINT "vhs_courses_cancelled_check" CHECK (("vhs_courses"."state" = 'cancelled') = ("vhs_courses"."cancellation_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "vhs_places" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"step_free" boolean DEFAULT false NOT NULL,
	"directions" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vhs_programme_areas" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vhs_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "vhs_sessions_dates_check" CHECK ("vhs_sessions"."starts_at" < "vhs_sessions"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "vhs_attendance" (
	"booking_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vhs_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"course_id" uuid NOT NULL,
	"booker_id" uuid,
	"participant_name" text NOT NULL,
	"participant_birth_date" text,
	"position" bigint GENERATED ALWAYS AS IDENTITY (sequence name "vhs_bookings_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"state" text NOT NULL,
	"fee_cents" integer NOT NULL,
	"reduction" text DEFAULT 'none' NOT NULL,
	"reduction_proof_key" text,
	"promoted_at" timestamp with time zone,
	"notified_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vhs_bookings_reference_key" UNIQUE("reference"),
	CONSTRAINT "vhs_bookings_fee_check" CHECK ("vhs_bookings"."fee_cents" >= 0),
	CONSTRAINT "vhs_bookings_cancelled_check" CHECK (("vhs_bookings"."state" in ('cancelled', 'course_cancelled')) = ("vhs_bookings"."cancelled_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "vhs_courses" ADD CONSTRAINT "vhs_courses_area_id_vhs_programme_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."vhs_programme_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vhs_courses" ADD CONSTRAINT "vhs_courses_place_id_vhs_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."vhs_places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vhs_sessions" ADD CONSTRAINT "vhs_sessions_course_id_vhs_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."vhs_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vhs_attendance" ADD CONSTRAINT "vhs_attendance_booking_id_vhs_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."vhs_bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vhs_attendance" ADD CONSTRAINT "vhs_attendance_session_id_vhs_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."vhs_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vhs_bookings" ADD CONSTRAINT "vhs_bookings_course_id_vhs_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."vhs_courses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vhs_courses_listing_idx" ON "vhs_courses" USING btree ("state","starts_at");--> statement-breakpoint
CREATE INDEX "vhs_courses_area_idx" ON "vhs_courses" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "vhs_courses_search_idx" ON "vhs_courses" USING gin ("search") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "vhs_sessions_course_idx" ON "vhs_sessions" USING btree ("course_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "vhs_attendance_key" ON "vhs_attendance" USING btree ("booking_id","session_id");--> statement-breakpoint
CREATE INDEX "vhs_attendance_session_idx" ON "vhs_attendance" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vhs_bookings_live_participant_key" ON "vhs_bookings" USING btree ("course_id","booker_id",lower("participant_name")) WHERE "vhs_bookings"."state" in ('booked', 'waitlisted');--> statement-breakpoint
CREATE INDEX "vhs_bookings_course_idx" ON "vhs_bookings" USING btree ("course_id","state","position");--> statement-breakpoint
CREATE INDEX "vhs_bookings_booker_idx" ON "vhs_bookings" USING btree ("booker_id");--> statement-breakpoint
-- As for the Leistungen (services' search-indexes migration): no planner statistics on the search
-- vector, kept in the row rather than in TOAST.
ALTER TABLE "vhs_courses" ALTER COLUMN "search" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "vhs_courses" ALTER COLUMN "search" SET STORAGE MAIN;
