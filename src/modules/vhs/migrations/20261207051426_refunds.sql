CREATE TABLE "vhs_refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid,
	"reference" text NOT NULL,
	"course_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_by" uuid,
	"settled_at" timestamp with time zone,
	CONSTRAINT "vhs_refunds_amount_check" CHECK ("vhs_refunds"."amount_cents" > 0)
);
--> statement-breakpoint
ALTER TABLE "vhs_refunds" ADD CONSTRAINT "vhs_refunds_booking_id_vhs_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."vhs_bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vhs_refunds" ADD CONSTRAINT "vhs_refunds_course_id_vhs_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."vhs_courses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "vhs_refunds_booking_reason_key" ON "vhs_refunds" USING btree ("booking_id","reason");--> statement-breakpoint
CREATE INDEX "vhs_refunds_open_idx" ON "vhs_refunds" USING btree ("created_at") WHERE "vhs_refunds"."settled_at" is null;--> statement-breakpoint
CREATE INDEX "vhs_refunds_settled_idx" ON "vhs_refunds" USING btree ("settled_at");