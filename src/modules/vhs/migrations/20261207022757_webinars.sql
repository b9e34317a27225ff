CREATE TABLE "vhs_webinar_rooms" (
	"course_id" uuid PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"meeting_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "vhs_webinar_rooms_meeting_id_key" UNIQUE("meeting_id")
);
--> statement-breakpoint
ALTER TABLE "vhs_webinar_rooms" ADD CONSTRAINT "vhs_webinar_rooms_course_id_vhs_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."vhs_courses"("id") ON DELETE cascade ON UPDATE no action;