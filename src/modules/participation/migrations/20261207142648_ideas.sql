CREATE TABLE "participation_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"parent_id" uuid,
	"author_id" uuid,
	"author_name" text,
	"body" text NOT NULL,
	"visibility" text NOT NULL,
	"hidden_reason" text DEFAULT '' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"text_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "participation_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"author_name" text,
	"show_name" boolean DEFAULT false NOT NULL,
	"measure_id" uuid,
	"status" text DEFAULT 'submitted' NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"visibility" text NOT NULL,
	"hidden_reason" text DEFAULT '' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"support_count" integer DEFAULT 0 NOT NULL,
	"text_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_ideas_support_check" CHECK (support_count >= 0)
);
--> statement-breakpoint
CREATE TABLE "participation_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"comment_id" uuid,
	"reporter_id" uuid,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "participation_supports" (
	"idea_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_supports_idea_id_user_id_pk" PRIMARY KEY("idea_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "participation_comments" ADD CONSTRAINT "participation_comments_idea_id_participation_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."participation_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comments" ADD CONSTRAINT "participation_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comments" ADD CONSTRAINT "participation_comments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."participation_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_ideas" ADD CONSTRAINT "participation_ideas_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_reports" ADD CONSTRAINT "participation_reports_idea_id_participation_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."participation_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_reports" ADD CONSTRAINT "participation_reports_comment_id_participation_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."participation_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_reports" ADD CONSTRAINT "participation_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_supports" ADD CONSTRAINT "participation_supports_idea_id_participation_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."participation_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_supports" ADD CONSTRAINT "participation_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_comments_idea_idx" ON "participation_comments" USING btree ("idea_id","created_at");--> statement-breakpoint
CREATE INDEX "participation_comments_author_idx" ON "participation_comments" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "participation_comments_queue_idx" ON "participation_comments" USING btree ("created_at") WHERE reviewed_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_ideas_text_hash_key" ON "participation_ideas" USING btree ("text_hash");--> statement-breakpoint
CREATE INDEX "participation_ideas_public_new_idx" ON "participation_ideas" USING btree ("visibility","created_at");--> statement-breakpoint
CREATE INDEX "participation_ideas_public_support_idx" ON "participation_ideas" USING btree ("visibility","support_count","created_at");--> statement-breakpoint
CREATE INDEX "participation_ideas_author_idx" ON "participation_ideas" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "participation_ideas_queue_idx" ON "participation_ideas" USING btree ("created_at") WHERE reviewed_at is null;--> statement-breakpoint
CREATE INDEX "participation_reports_open_idx" ON "participation_reports" USING btree ("created_at") WHERE resolved_at is null;--> statement-breakpoint
CREATE INDEX "participation_reports_reporter_idx" ON "participation_reports" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "participation_supports_user_idx" ON "participation_supports" USING btree ("user_id");--> statement-breakpoint
-- The public list and idea pages are cached for visitors without cookies until one of these tables changes (ADR 8).
create trigger participation_ideas_notify_change after insert or update or delete or truncate on participation_ideas
  for each statement execute function stadtportal_notify_change();
--> statement-breakpoint
create trigger participation_comments_notify_change after insert or update or delete or truncate on participation_comments
  for each statement execute function stadtportal_notify_change();
