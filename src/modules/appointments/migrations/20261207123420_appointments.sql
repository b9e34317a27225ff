CREATE TABLE "appointment_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"counter_id" uuid,
	"first_day" text NOT NULL,
	"last_day" text NOT NULL,
	"from_time" time,
	"until_time" time,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_closures_days_check" CHECK (first_day <= last_day),
	CONSTRAINT "appointment_closures_hours_check" CHECK ((from_time is null and until_time is null) or (from_time < until_time))
);
--> statement-breakpoint
CREATE TABLE "appointment_counters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"department_id" text NOT NULL,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"directions" text DEFAULT '' NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"slot_minutes" smallint DEFAULT 10 NOT NULL,
	"ticket_prefix" text DEFAULT 'A' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_locations_slug_key" UNIQUE("slug"),
	CONSTRAINT "appointment_locations_slot_minutes_check" CHECK (slot_minutes between 5 and 60)
);
--> statement-breakpoint
CREATE TABLE "appointment_opening_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"opens" time NOT NULL,
	"closes" time NOT NULL,
	"valid_from" text DEFAULT '2000-01-01' NOT NULL,
	CONSTRAINT "appointment_opening_hours_weekday_check" CHECK (weekday between 1 and 7),
	CONSTRAINT "appointment_opening_hours_order_check" CHECK (opens < closes)
);
--> statement-breakpoint
CREATE TABLE "appointment_release_waves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"days_ahead" integer NOT NULL,
	"at_time" time NOT NULL,
	"share_percent" smallint NOT NULL,
	CONSTRAINT "appointment_release_waves_days_check" CHECK (days_ahead between 0 and 365),
	CONSTRAINT "appointment_release_waves_share_check" CHECK (share_percent between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "appointment_service_counters" (
	"service_id" uuid NOT NULL,
	"counter_id" uuid NOT NULL,
	CONSTRAINT "appointment_service_counters_service_id_counter_id_pk" PRIMARY KEY("service_id","counter_id")
);
--> statement-breakpoint
CREATE TABLE "appointment_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"max_quantity" smallint DEFAULT 1 NOT NULL,
	"bring" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_services_slug_key" UNIQUE("slug"),
	CONSTRAINT "appointment_services_duration_check" CHECK (duration_minutes between 1 and 480),
	CONSTRAINT "appointment_services_quantity_check" CHECK (max_quantity between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "appointment_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"counter_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"released_at" timestamp with time zone NOT NULL,
	"booking_id" uuid
);
--> statement-breakpoint
CREATE TABLE "appointment_booking_services" (
	"booking_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"quantity" smallint DEFAULT 1 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "appointment_booking_services_booking_id_service_id_pk" PRIMARY KEY("booking_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "appointment_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"kind" text DEFAULT 'online' NOT NULL,
	"state" text DEFAULT 'booked' NOT NULL,
	"location_id" uuid NOT NULL,
	"counter_id" uuid,
	"day" text NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"name" text,
	"email" text,
	"phone" text,
	"user_id" uuid,
	"manage_token_hash" text,
	"ticket" text,
	"cancelled_by" text,
	"replaces_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_at" timestamp with time zone,
	"called_at" timestamp with time zone,
	"called_counter_id" uuid,
	"done_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	CONSTRAINT "appointment_bookings_reference_key" UNIQUE("reference"),
	CONSTRAINT "appointment_bookings_times_check" CHECK ((kind = 'walk_in') or (starts_at is not null and ends_at is not null and starts_at < ends_at))
);
--> statement-breakpoint
CREATE TABLE "appointment_no_shows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_hash" text NOT NULL,
	"user_id" uuid,
	"day" text NOT NULL,
	"booking_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointment_closures" ADD CONSTRAINT "appointment_closures_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_closures" ADD CONSTRAINT "appointment_closures_counter_id_appointment_counters_id_fk" FOREIGN KEY ("counter_id") REFERENCES "public"."appointment_counters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_counters" ADD CONSTRAINT "appointment_counters_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_locations" ADD CONSTRAINT "appointment_locations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_opening_hours" ADD CONSTRAINT "appointment_opening_hours_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_release_waves" ADD CONSTRAINT "appointment_release_waves_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_service_counters" ADD CONSTRAINT "appointment_service_counters_service_id_appointment_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."appointment_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_service_counters" ADD CONSTRAINT "appointment_service_counters_counter_id_appointment_counters_id_fk" FOREIGN KEY ("counter_id") REFERENCES "public"."appointment_counters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_counter_id_appointment_counters_id_fk" FOREIGN KEY ("counter_id") REFERENCES "public"."appointment_counters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_booking_id_appointment_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."appointment_bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_booking_services" ADD CONSTRAINT "appointment_booking_services_booking_id_appointment_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."appointment_bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_booking_services" ADD CONSTRAINT "appointment_booking_services_service_id_appointment_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."appointment_services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_bookings" ADD CONSTRAINT "appointment_bookings_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_bookings" ADD CONSTRAINT "appointment_bookings_counter_id_appointment_counters_id_fk" FOREIGN KEY ("counter_id") REFERENCES "public"."appointment_counters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_bookings" ADD CONSTRAINT "appointment_bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_bookings" ADD CONSTRAINT "appointment_bookings_called_counter_id_appointment_counters_id_fk" FOREIGN KEY ("called_counter_id") REFERENCES "public"."appointment_counters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_no_shows" ADD CONSTRAINT "appointment_no_shows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_no_shows" ADD CONSTRAINT "appointment_no_shows_booking_id_appointment_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."appointment_bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_closures_location_idx" ON "appointment_closures" USING btree ("location_id","first_day");--> statement-breakpoint
CREATE INDEX "appointment_counters_location_idx" ON "appointment_counters" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "appointment_opening_hours_location_idx" ON "appointment_opening_hours" USING btree ("location_id","weekday");--> statement-breakpoint
CREATE INDEX "appointment_release_waves_location_idx" ON "appointment_release_waves" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "appointment_service_counters_counter_idx" ON "appointment_service_counters" USING btree ("counter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_slots_counter_start_key" ON "appointment_slots" USING btree ("counter_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointment_slots_location_start_idx" ON "appointment_slots" USING btree ("location_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointment_slots_booking_idx" ON "appointment_slots" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "appointment_booking_services_service_idx" ON "appointment_booking_services" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "appointment_bookings_location_day_idx" ON "appointment_bookings" USING btree ("location_id","day","state");--> statement-breakpoint
CREATE INDEX "appointment_bookings_email_idx" ON "appointment_bookings" USING btree ("email","state") WHERE email is not null;--> statement-breakpoint
CREATE INDEX "appointment_bookings_email_lower_idx" ON "appointment_bookings" USING btree (lower("email")) WHERE email is not null;--> statement-breakpoint
CREATE INDEX "appointment_bookings_user_idx" ON "appointment_bookings" USING btree ("user_id") WHERE user_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_bookings_manage_token_key" ON "appointment_bookings" USING btree ("manage_token_hash") WHERE manage_token_hash is not null;--> statement-breakpoint
CREATE INDEX "appointment_bookings_called_idx" ON "appointment_bookings" USING btree ("location_id","called_at") WHERE called_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_bookings_ticket_key" ON "appointment_bookings" USING btree ("location_id","day","ticket") WHERE ticket is not null;--> statement-breakpoint
CREATE INDEX "appointment_no_shows_email_idx" ON "appointment_no_shows" USING btree ("email_hash","day");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_no_shows_booking_key" ON "appointment_no_shows" USING btree ("booking_id");--> statement-breakpoint
-- What pages and kept reads show changes with these tables: every committed change notifies (kernel/db/changes.ts).
create trigger appointment_locations_notify_change after insert or update or delete or truncate on appointment_locations
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger appointment_counters_notify_change after insert or update or delete or truncate on appointment_counters
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger appointment_opening_hours_notify_change after insert or update or delete or truncate on appointment_opening_hours
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger appointment_closures_notify_change after insert or update or delete or truncate on appointment_closures
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger appointment_release_waves_notify_change after insert or update or delete or truncate on appointment_release_waves
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger appointment_services_notify_change after insert or update or delete or truncate on appointment_services
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger appointment_service_counters_notify_change after insert or update or delete or truncate on appointment_service_counters
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger appointment_slots_notify_change after insert or update or delete or truncate on appointment_slots
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger appointment_bookings_notify_change after insert or update or delete or truncate on appointment_bookings
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger appointment_booking_services_notify_change after insert or update or delete or truncate on appointment_booking_services
  for each statement execute function stadtportal_notify_change();
